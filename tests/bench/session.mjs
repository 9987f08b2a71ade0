// make bench: signs a demo account in (password and authenticator) on
// the bench's stack and prints its session cookie, "sid=…".
//   node tests/bench/session.mjs EMAIL BASE
import { login } from '../lib/http.mjs';

const [email, base] = process.argv.slice(2);
const jar = await login(email, undefined, { base });
process.stdout.write(`sid=${jar.get('sid')}\n`);
