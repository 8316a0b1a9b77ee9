// The documents the client checks run: the README's GraphQL examples (as text, as a reader
// pastes them) and the hub's trusted documents (hub/api/documents) with the demo's variables.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../', import.meta.url));
const variables = JSON.parse(readFileSync(new URL('./variables.json', import.meta.url), 'utf8'));

const readme = readFileSync(`${root}README.md`, 'utf8');
export const examples = [...readme.matchAll(/```graphql\n([\s\S]*?)```/g)].map((m) => ({
  name: 'README example',
  text: m[1],
  variables: {},
}));

export const trusted = Object.entries(variables).map(([file, values]) => ({
  name: file,
  text: readFileSync(`${root}hub/api/documents/${file}`, 'utf8'),
  variables: values,
}));
