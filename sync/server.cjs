// A CouchDB stand-in for trying team sync locally and for the tests: express-pouchdb 4.2 (CouchDB's
// HTTP API on PouchDB, in memory), on loopback only. Production runs Apache CouchDB 3.
//   npm run sync-server              port 5984, admin "admin"/"admin", a team database and three people
//   SYNC_PORT=0 node sync/server.cjs a free port, no database: prints "listening on <url>"
//   --app <dir>                      also serves the built app from <dir> at /, with CouchDB at
//                                    /couchdb/: the documented deployment, one origin (tests use it)
//   --data <dir>                     keeps the databases (LevelDB) and the session secret in <dir>,
//                                    so a restart keeps data and signed-in sessions, as CouchDB does
// SYNC_ADMIN and SYNC_ADMIN_PASSWORD name the server admin. Without --data, data lasts until the
// server stops.
const fs = require('node:fs');
const path = require('node:path');
const Module = require('node:module');
const express = require('express');

// pouchdb-validation 4.2 gives a written revision the stored document's _revisions, so with any
// validate_doc_update, _bulk_docs with new_edits=false (replication) silently drops every update
// of an existing document (pouchdb-server#272). Load it with that line guarded.
const validationPath = require.resolve('pouchdb-validation', { paths: [path.dirname(require.resolve('express-pouchdb'))] });
const FAULTY = 'newDoc._revisions = (oldDoc || {})._revisions;';
const validationSource = fs.readFileSync(validationPath, 'utf8');
if (!validationSource.includes(FAULTY)) throw new Error('pouchdb-validation changed: check whether its _revisions fault is fixed');
const validation = new Module(validationPath, module);
validation.filename = validationPath;
validation.paths = Module._nodeModulePaths(path.dirname(validationPath));
validation._compile(validationSource.replace(FAULTY, `if (!newDoc._revisions) ${FAULTY}`), validationPath);
validation.loaded = true;
require.cache[validationPath] = validation;

const folderArgument = (flag) => (process.argv.includes(flag) ? path.resolve(process.argv[process.argv.indexOf(flag) + 1]) : null);
const appFolder = folderArgument('--app');
const dataFolder = folderArgument('--data');

// Not .defaults({ adapter, prefix }): that would also turn http:// replication targets into local
// databases. The first adapter plugged in is the one local names get.
const PouchDB = require('pouchdb-core')
  .plugin(dataFolder ? require('pouchdb-adapter-leveldb') : require('pouchdb-adapter-memory'))
  .plugin(require('pouchdb-adapter-http'))
  .plugin(require('pouchdb-mapreduce'))
  .plugin(require('pouchdb-replication'));
if (dataFolder) {
  fs.mkdirSync(dataFolder, { recursive: true });
  // The LevelDB adapter takes no prefix: it keeps each database in a folder of its name, from here.
  process.chdir(dataFolder);
}
const couch = require('express-pouchdb')(PouchDB, {
  mode: 'fullCouchDB',
  inMemoryConfig: true,
  logPath: '/dev/null',
  overrideMode: { exclude: ['routes/fauxton'] },
});

const isDemo = process.argv.includes('--demo');
const admin = process.env.SYNC_ADMIN ?? 'admin';
const adminPassword = process.env.SYNC_ADMIN_PASSWORD ?? 'admin';
let port = Number(process.env.SYNC_PORT ?? 5984);
const couchPath = appFolder ? '/couchdb' : '';

const couchRoutes = express();
// Two more faults of express-pouchdb 4.2: a PUT or DELETE of a database by anyone but a server
// admin stops the process, and any user may rewrite the roles in their own _users document.
// CouchDB refuses both to all but server admins; so does this.
couchRoutes.use(async (request, response, next) => {
  const isDatabaseCall = ['PUT', 'DELETE'].includes(request.method) && /^\/[^/]+\/?$/.test(request.path) && request.path !== '/_session';
  const isUsersWrite = !['GET', 'HEAD'].includes(request.method) && request.path.startsWith('/_users/');
  if (!isDatabaseCall && !isUsersWrite) return next();
  const session = await fetch(`http://127.0.0.1:${port}${couchPath}/_session`, {
    headers: { authorization: request.headers.authorization ?? '', cookie: request.headers.cookie ?? '' },
  }).then((reply) => reply.json());
  if ((session.userCtx?.roles ?? []).includes('_admin')) return next();
  response
    .status(isDatabaseCall ? 401 : 403)
    .json({ error: isDatabaseCall ? 'unauthorized' : 'forbidden', reason: 'Only server admins may do this here.' });
});
couchRoutes.use(couch);

const app = express();
app.use(couchPath || '/', couchRoutes);
if (appFolder) app.use(express.static(appFolder));

async function setUpDemo(url) {
  const { setUpTeamDatabase, addTeamMember } = await import('./setup.mjs');
  const { ROLES } = await import('./rules.mjs');
  for (const line of await setUpTeamDatabase({ server: url, user: admin, password: adminPassword })) console.log(`  ${line}`);
  const people = [
    { name: 'ada', password: 'ada-password', role: ROLES.admin },
    { name: 'ed', password: 'ed-password', role: ROLES.editor },
    { name: 'rita', password: 'rita-password', role: ROLES.reader },
  ];
  for (const member of people) {
    await addTeamMember({ server: url, user: admin, password: adminPassword, member });
    console.log(`  ${member.name} (${member.role}), password ${member.password}`);
  }
}

function setConfig(section, key, value) {
  return new Promise((resolve, reject) => couch.couchConfig.set(section, key, value, (error) => (error ? reject(error) : resolve())));
}

/** CouchDB keeps its cookie secret in its configuration; without it, a restart would sign everybody out. */
function sessionSecret() {
  const file = path.join(dataFolder, 'session-secret');
  if (!fs.existsSync(file)) fs.writeFileSync(file, require('node:crypto').randomBytes(32).toString('hex'), { mode: 0o600 });
  return fs.readFileSync(file, 'utf8');
}

setConfig('admins', admin, adminPassword)
  .then(() => (dataFolder ? setConfig('couch_httpd_auth', 'secret', sessionSecret()) : undefined))
  .then(
    () =>
      new Promise((resolve) => {
        const server = app.listen(port, '127.0.0.1', () => {
          port = server.address().port;
          resolve(`http://127.0.0.1:${port}${couchPath}/`);
        });
      }),
  )
  .then(async (url) => {
    if (isDemo) await setUpDemo(url);
    console.log(`listening on ${url}`);
    if (appFolder) console.log(`app on http://127.0.0.1:${port}/`);
  })
  .catch((error) => {
    console.error(error);
    process.exit(1);
  });
