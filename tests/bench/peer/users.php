<?php
// The PHP-FPM peer of make bench's case 4: the accounts list the way a
// shared-hosting user would write it with PDO and XSLTProcessor — the same
// session check, the same queries as cgi-bin/users.c for ?sort=email&size=50,
// the same XML envelope, and xsl/users.xsl applied (loaded and compiled at
// each request: PHP keeps nothing between requests). Bench use only.
require __DIR__ . '/session.php';
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
$content = page_envelope($doc, 'users', '/users');
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
