<?php
// make bench's PHP peers: what every page of a shared-hosting PHP site does
// first — read the configuration, connect with PDO, check the session
// cookie the way Passerelle does (idle time-out, active account, both
// steps done; otherwise to /login) and read the account's permissions.
// Sets $conf, $db, $hash (the token's hash), $user and $perms; page_envelope()
// starts the XML page.
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

// The page element of screen at path with the account, its permissions and
// the CSRF token, as the programs write it; returns its <content>.
function page_envelope(DOMDocument $doc, string $screen, string $path): DOMElement
{
    global $conf, $hash, $user, $perms;
    $page = $doc->appendChild($doc->createElement('page'));
    foreach (['screen' => $screen, 'lang' => $user['lang'], 'path' => $path,
        'here' => rawurlencode($_SERVER['REQUEST_URI']), 'now' => gmdate('Y-m-d\TH:i:s\Z')] as $k => $v)
        $page->setAttribute($k, $v);
    $u = $page->appendChild($doc->createElement('user'));
    foreach (['id' => $user['user_id'], 'name' => $user['name'], 'email' => $user['email'], 'org' => $user['org']] as $k => $v)
        $u->setAttribute($k, $v);
    $p = $page->appendChild($doc->createElement('perms'));
    foreach ($perms as $perm) $p->appendChild($doc->createElement('p'))->appendChild($doc->createTextNode($perm));
    $csrf = rtrim(strtr(base64_encode(hash_hmac('sha256', 'csrf:' . $hash, hex2bin($conf['secret_key']), true)), '+/', '-_'), '=');
    $page->appendChild($doc->createElement('csrf'))->appendChild($doc->createTextNode($csrf));
    return $page->appendChild($doc->createElement('content'));
}
