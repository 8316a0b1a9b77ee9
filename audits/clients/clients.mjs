// graphql-request and Apollo Client run the README's examples and the hub's trusted documents
// against a served hub (node clients.mjs URL KEY), each answer compared with a plain fetch of
// the same document; then Apollo's persisted queries: a registered document goes by its hash
// alone, an unregistered one is sent again with its text after PERSISTED_QUERY_NOT_FOUND.
// Exits 1 on any difference.
import { createHash } from 'node:crypto';
import { ApolloClient, ApolloLink, HttpLink, InMemoryCache, gql } from '@apollo/client';
import { PersistedQueryLink } from '@apollo/client/link/persisted-queries';
import { GraphQLClient } from 'graphql-request';
import { isDeepStrictEqual } from 'node:util';
import { examples, trusted } from './documents.mjs';

const [url, key] = process.argv.slice(2);
const headers = { authorization: `Bearer ${key}`, 'accept-language': 'en' };
let failures = 0;

function check(ok, what) {
  console.log(`${ok ? 'ok' : 'FAILED'}: ${what}`);
  if (!ok) failures += 1;
}

async function plain(text, variables) {
  const response = await fetch(url, {
    method: 'POST',
    headers: { ...headers, 'content-type': 'application/json' },
    body: JSON.stringify({ query: text, variables }),
  });
  const body = await response.json();
  if (body.errors) throw new Error(`${JSON.stringify(body.errors)}`);
  return body.data;
}

// Apollo's cache adds __typename to every selection; the rest must be the same.
function untyped(value) {
  if (Array.isArray(value)) return value.map(untyped);
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value).filter(([k]) => k !== '__typename').map(([k, v]) => [k, untyped(v)]),
    );
  }
  return value;
}

const isMutation = (text) => /^\s*(#.*\n\s*)*mutation\b/.test(text);

async function apolloRun(client, text, variables) {
  const query = gql(text);
  const result = isMutation(text)
    ? await client.mutate({ mutation: query, variables })
    : await client.query({ query, variables, fetchPolicy: 'no-cache' });
  return untyped(result.data);
}

// Every request body Apollo's persisted-query link sends, to see what went over the wire.
const sent = [];
const spy = (input, init) => {
  sent.push(JSON.parse(init.body));
  return fetch(input, init);
};

const requestClient = new GraphQLClient(url, { headers });
const apollo = new ApolloClient({
  link: new HttpLink({ uri: url, headers }),
  cache: new InMemoryCache(),
});
const sha256 = (text) => createHash('sha256').update(text).digest('hex');
const persisted = new ApolloClient({
  link: ApolloLink.from([
    new PersistedQueryLink({ sha256 }),
    new HttpLink({ uri: url, headers, fetch: spy }),
  ]),
  cache: new InMemoryCache(),
});

for (const { name, text, variables } of [...examples, ...trusted]) {
  const expected = await plain(text, variables);
  const byRequest = await requestClient.request(text, variables);
  check(isDeepStrictEqual(byRequest, expected), `graphql-request runs ${name}`);
  const byApollo = await apolloRun(apollo, text, variables);
  check(isDeepStrictEqual(byApollo, expected), `Apollo Client runs ${name}`);

  sent.length = 0;
  const byHash = await apolloRun(persisted, text, variables);
  check(isDeepStrictEqual(byHash, expected), `Apollo persisted queries run ${name}`);
  const registered = trusted.some((doc) => doc.text === text);
  const [first, ...retries] = sent;
  const hashOnly = first.query === undefined;
  check(
    registered
      ? hashOnly && retries.length === 0
      : hashOnly && retries.length === 1 && retries[0].query !== undefined,
    registered
      ? `${name} went by its hash alone`
      : `${name} was sent again with its text after PERSISTED_QUERY_NOT_FOUND`,
  );
}

console.log(`clients: ${failures} failure(s)`);
process.exit(failures > 0 ? 1 : 0);
