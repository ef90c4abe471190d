/**
 * The components every article can use without an import, and the Markdown
 * elements they replace (headings with permalinks, scrollable tables), plus the salary figures read from their data file.
 */
import Callout from './Callout.astro';
import Figure from './Figure.astro';
import H2 from './H2.astro';
import H3 from './H3.astro';
import ListItem from './ListItem.astro';
import Pay from './Pay.astro';
import SalaryChart from './SalaryChart.astro';
import Tab from './Tab.astro';
import Table from './Table.astro';
import Tabs from './Tabs.astro';

export const mdxComponents = { h2: H2, h3: H3, li: ListItem, table: Table, Callout, Figure, Pay, SalaryChart, Tab, Tabs };
