// The trusted documents as Apollo Client sends them (its cache adds __typename to every
// selection), keyed by the sha256 of that text: what a deployment registers from an Apollo
// build's manifest. Printed as JSON for HUB_TRUSTED_DOCUMENTS.
import { createHash } from 'node:crypto';
import { gql } from '@apollo/client';
import { addTypenameToDocument } from '@apollo/client/utilities';
import { print } from 'graphql';
import { trusted } from './documents.mjs';

const manifest = {};
for (const { text } of trusted) {
  const body = print(addTypenameToDocument(gql(text)));
  manifest[`sha256:${createHash('sha256').update(body).digest('hex')}`] = body;
}
console.log(JSON.stringify(manifest, null, 2));
