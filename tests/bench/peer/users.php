<?php
// The PHP-FPM peer of make bench's case 4: the accounts list the way a
// shared-hosting user would write it with PDO and XSLTProcessor — the same
// session check, the same queries as cgi-bin/users.c for ?sort=email&size=50,
// the same XML envelope, and xsl/users.xsl applied (loaded and compiled at
// each request: PHP keeps nothing between requests). Bench use only.
$conf = [];
foreach (file(getenv('PASSERELLE_CONF') ?: $_SERVER['PASSERELLE_CONF']) as $line) {
    if (preg_match('/^\s*([a-z_]+)\s*=\s*(.*?)\s*$/', $line, $m)) $conf[$m[1]] = $m[2];
}
$db = new PDO("mysql:unix_socket={$conf['db_socket']};dbname={$conf['db_name']};charset=utf8mb4",
    $conf['db_user'], $conf['db_password'], [PDO::ATTR_ERRMODE => PDO::ERRMODE_EXCEPTION,
    PDO::ATTR_EMULATE_PREPARES => false, PDO::ATTR_PERSISTENT => true]);
$db->exec("SET time_zone = '+00:00'");

$sid = $_COOKIE['sid'] ?? '';
$hash = hash('sha256', $sid, true);
$q = $db->prepare('SELECT s.user_id, u.email, u.name, o.name AS org, o.id AS org_id, u.lang,
    s.seen_at < UTC_TIMESTAMP() - INTERVAL 900 SECOND AS idle, u.active, s.stage
    FROM session s JOIN users u ON u.id = s.user_id JOIN org o ON o.id = u.org_id WHERE s.token_hash = ?');
$q->execute([$hash]);
$user = $q->fetch(PDO::FETCH_ASSOC);
if (!$user || $user['idle'] || !$user['active'] || $user['stage'] !== 'full') {
    header('Location: /login', true, 303);
    exit;
}
$q = $db->prepare('SELECT DISTINCT rp.permission FROM user_role ur JOIN role_permission rp
    ON rp.role_id = ur.role_id WHERE ur.user_id = ? ORDER BY rp.permission');
$q->execute([$user['user_id']]);
$perms = $q->fetchAll(PDO::FETCH_COLUMN);
if (!in_array('users.manage', $perms)) {
    http_response_code(403);
    exit;
}
$all = in_array('users.manage_all', $perms) ? 1 : 0;
$lang = $user['lang'];

$state = "CASE WHEN u.active = 0 THEN 'deactivated' WHEN u.locked_until > UTC_TIMESTAMP() THEN 'locked'
    WHEN u.activated_at IS NULL THEN 'pending' ELSE 'active' END";
$where = " FROM users u JOIN org o ON o.id = u.org_id WHERE (? = 1 OR u.org_id = ?)
    AND (? = '' OR u.name LIKE ? OR u.email LIKE ?) AND (? = 0 OR u.org_id = ?)
    AND (? = 0 OR EXISTS (SELECT 1 FROM user_role fr WHERE fr.user_id = u.id AND fr.role_id = ?))
    AND (? = '' OR $state = ?)";
$filters = [$all, $user['org_id'], '', '%', '%', 0, 0, 0, 0, '', ''];
$q = $db->prepare("SELECT COUNT(*)$where");
$q->execute($filters);
$count = (int)$q->fetchColumn();
$q = $db->prepare("SELECT u.id, u.name, u.email, o.name AS org,
    (SELECT GROUP_CONCAT(IF(? = 'en', ro.name_en, ro.name_fr) ORDER BY IF(? = 'en', ro.name_en, ro.name_fr)
     SEPARATOR ', ') FROM user_role ur JOIN role ro ON ro.id = ur.role_id WHERE ur.user_id = u.id) AS roles,
    u.last_login_at, u.locked_until, $state AS state $where ORDER BY u.email, u.id LIMIT ? OFFSET ?");
$q->execute(array_merge([$lang, $lang], $filters, [50, 0]));
$rows = $q->fetchAll(PDO::FETCH_ASSOC);

$doc = new DOMDocument('1.0', 'UTF-8');
$page = $doc->appendChild($doc->createElement('page'));
$now = gmdate('Y-m-d\TH:i:s\Z');
foreach (['screen' => 'users', 'lang' => $lang, 'path' => '/users', 'here' => rawurlencode($_SERVER['REQUEST_URI']),
    'now' => $now] as $k => $v) $page->setAttribute($k, $v);
$u = $page->appendChild($doc->createElement('user'));
foreach (['id' => $user['user_id'], 'name' => $user['name'], 'email' => $user['email'], 'org' => $user['org']] as $k => $v)
    $u->setAttribute($k, $v);
$p = $page->appendChild($doc->createElement('perms'));
foreach ($perms as $perm) $p->appendChild($doc->createElement('p'))->appendChild($doc->createTextNode($perm));
$csrf = rtrim(strtr(base64_encode(hash_hmac('sha256', 'csrf:' . $hash, hex2bin($conf['secret_key']), true)), '+/', '-_'), '=');
$page->appendChild($doc->createElement('csrf'))->appendChild($doc->createTextNode($csrf));
$content = $page->appendChild($doc->createElement('content'));
$list = $content->appendChild($doc->createElement('users'));
foreach ($rows as $row) {
    $e = $list->appendChild($doc->createElement('user'));
    foreach ($row as $k => $v) {
        if ($v === null) continue;
        if ($k === 'last_login_at' || $k === 'locked_until') $v = substr($v, 0, 10) . 'T' . substr($v, 11, 8) . 'Z';
        $e->appendChild($doc->createElement($k))->appendChild($doc->createTextNode((string)$v));
    }
}
if ($all) {
    $o = $content->appendChild($doc->createElement('orgs'));
    foreach ($db->query('SELECT id, name FROM org ORDER BY name') as $row) {
        $e = $o->appendChild($doc->createElement('org'));
        foreach ($row as $k => $v) if (!is_int($k)) $e->appendChild($doc->createElement($k))->appendChild($doc->createTextNode($v));
    }
}
$q = $db->prepare("SELECT id, code, IF(? = 'en', name_en, name_fr) AS name FROM role
    WHERE ? = 1 OR org_id IS NULL OR org_id = ? ORDER BY name");
$q->execute([$lang, $all, $user['org_id']]);
$r = $content->appendChild($doc->createElement('roles'));
foreach ($q->fetchAll(PDO::FETCH_ASSOC) as $row) {
    $e = $r->appendChild($doc->createElement('role'));
    foreach ($row as $k => $v) $e->appendChild($doc->createElement($k))->appendChild($doc->createTextNode($v));
}
$l = $content->appendChild($doc->createElement('list'));
foreach (['sort' => 'email', 'dir' => 'asc', 'label' => 'users.col.email', 'keep' => 'size=50'] as $k => $v) $l->setAttribute($k, $v);
foreach (['count' => $count, 'page' => 1, 'pages' => max(1, intdiv($count + 49, 50))] as $k => $v)
    $l->appendChild($doc->createElement($k))->appendChild($doc->createTextNode((string)$v));
$f = $content->appendChild($doc->createElement('filters'));
$f->setAttribute('all', (string)$all);
foreach (['q', 'state'] as $k) $f->appendChild($doc->createElement($k));

$xsl = new DOMDocument();
$xsl->load($conf['xsl_dir'] . '/users.xsl', LIBXML_NONET);
$proc = new XSLTProcessor();
$proc->importStylesheet($xsl);
header('Content-Type: text/html; charset=utf-8');
header('Cache-Control: no-store');
echo $proc->transformToXML($doc);
