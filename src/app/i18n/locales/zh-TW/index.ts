// Every namespace of this language in one chunk: the app downloads only the languages it shows.
const modules = import.meta.glob<Record<string, unknown>>('./*.json', { eager: true, import: 'default' });

const bundle: Record<string, Record<string, unknown>> = {};
for (const [path, data] of Object.entries(modules)) bundle[path.slice(2, -'.json'.length)] = data;
export default bundle;
