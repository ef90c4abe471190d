/**
 * The components every article can use without an import. Headings, tables
 * and task lists need none: the Markdown pipeline (src/markdown/) shapes them.
 */
import Callout from './Callout.astro';
import Figure from './Figure.astro';
import Pay from './Pay.astro';
import SalaryChart from './SalaryChart.astro';
import Tab from './Tab.astro';
import Tabs from './Tabs.astro';

export const mdxComponents = { Callout, Figure, Pay, SalaryChart, Tab, Tabs };
