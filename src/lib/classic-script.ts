/**
 * Data the browser loads the same way online and from file://, where fetch,
 * module scripts and WebAssembly are refused: a classic script that hands its
 * data to a global callback. The build writes them with `classicScript`; pages
 * load them with `loadClassicScript` after setting the callback.
 */

/** The text of a script that calls `callback` with `args` (as JSON; `<` escaped, so the text never closes a script element). */
export function classicScript(callback: string, ...args: unknown[]): string {
  return `${callback}(${args.map((arg) => JSON.stringify(arg).replace(/</g, '\\u003c')).join(',')});\n`;
}

/** Adds a script element for `src`; resolves once it ran, rejects when it cannot load. */
export function loadClassicScript(src: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const script = Object.assign(document.createElement('script'), { src });
    script.addEventListener('load', () => resolve());
    script.addEventListener('error', () => reject(new Error(`Could not load ${src}`)));
    document.head.append(script);
  });
}
