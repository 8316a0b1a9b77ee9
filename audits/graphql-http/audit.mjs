// graphql-http's server audits against one URL: prints every audit that is not ok, then the
// counts per level; exits 1 if a MUST or a SHOULD audit is not ok.
import { serverAudits } from 'graphql-http';

const url = process.argv[2];
const failed = { MUST: 0, SHOULD: 0, MAY: 0 };
let total = 0;
for (const audit of serverAudits({ url, fetchFn: fetch })) {
  const result = await audit.fn();
  total += 1;
  if (result.status !== 'ok') {
    const level = audit.name.split(' ')[0];
    failed[level] = (failed[level] ?? 0) + 1;
    console.log(`${result.status}: ${audit.name}: ${result.reason}`);
  }
}
console.log(`graphql-http audit: ${total} audits, not ok: ${JSON.stringify(failed)}`);
process.exit(failed.MUST + failed.SHOULD > 0 ? 1 : 0);
