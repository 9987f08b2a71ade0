<?php
// The PHP-FPM peer of make bench's case 4: the partner portal's Active
// list (?tab=active&sort=client&dir=asc&page=1) the way a shared-hosting
// user would write it with PDO and XSLTProcessor — the same session check,
// the same queries as cgi-bin/requests.c, the same XML page, and
// xsl/requests.xsl applied (loaded and compiled at each request, its
// catalog read by document() each time: PHP keeps nothing between
// requests). Bench use only.
require __DIR__ . '/session.php';
if (!in_array('partner.requests', $perms)) {
    http_response_code(403);
    exit;
}
$agency = in_array('partner.agency', $perms);
$care = !$agency && in_array('partner.care', $perms);
$finance = !$agency && in_array('partner.finance', $perms);
if (!$agency && !$care && !$finance) {
    http_response_code(403);
    exit;
}
$lang = $user['lang'];
$org = $user['org_id'];
$owner = $agency ? 'r.agency_org_id' : 'r.provider_org_id';

// The Active tab sorted by client, first page, no filter.
$filters = " AND (? = '' OR r.client_sort LIKE ? OR r.id = ?) AND (? = 0 OR r.care_service_id = ?)
    AND (? = 0 OR r.zone_id = ?) AND (? = 0 OR r.provider_org_id = ?)";
$fargs = ['', '', 0, 0, 0, 0, 0, 0, 0];
$q = $db->prepare("SELECT COUNT(*) FROM service_request r WHERE $owner = ? AND r.tab = ?$filters");
$q->execute(array_merge([$org, 'active'], $fargs));
$count = (int)$q->fetchColumn();
$q = $db->prepare("SELECT STRAIGHT_JOIN r.id, r.state, r.start_date, r.end_date,
    CONCAT(c.given_name, ' ', c.family_name) AS client, IF(? = 'en', s.name_en, s.name_fr) AS service,
    IF(? = 'en', z.name_en, z.name_fr) AS zone, ce.name AS centre, o.name AS provider, r.origin_id, r.clone_id
    FROM service_request r JOIN client c ON c.id = r.client_id JOIN care_service s ON s.id = r.care_service_id
    JOIN service_centre ce ON ce.id = r.centre_id JOIN zone z ON z.id = r.zone_id
    JOIN org o ON o.id = r.provider_org_id WHERE $owner = ? AND r.tab = ?$filters
    ORDER BY r.client_sort, r.id LIMIT ? OFFSET ?");
$q->execute(array_merge([$lang, $lang, $org, 'active'], $fargs, [50, 0]));
$rows = $q->fetchAll(PDO::FETCH_ASSOC);

$doc = new DOMDocument('1.0', 'UTF-8');
$content = page_envelope($doc, 'requests', '/requests');
$list = $content->appendChild($doc->createElement('requests'));
foreach ($rows as $row) {
    $e = $list->appendChild($doc->createElement('request'));
    foreach ($row as $k => $v)
        if ($v !== null) $e->appendChild($doc->createElement($k))->appendChild($doc->createTextNode((string)$v));
}
$e = $content->appendChild($doc->createElement('persona'));
foreach (['agency' => $agency, 'care' => $care, 'finance' => $finance] as $k => $v) $e->setAttribute($k, $v ? '1' : '0');
$tabs = $content->appendChild($doc->createElement('tabs'));
$tabs->setAttribute('current', 'active');
$open = [['pending', true, false, true], ['active', true, true, true], ['completed', true, true, true],
    ['linked', true, true, true], ['cancelled', true, true, true], ['rejected', false, false, true]];
$counts = [];
$q = $db->prepare("SELECT tab, COUNT(*) FROM service_request r WHERE $owner = ? GROUP BY tab");
$q->execute([$org]);
foreach ($q->fetchAll(PDO::FETCH_NUM) as [$t, $n]) $counts[$t] = $n;
$q = $db->prepare("SELECT COUNT(*) FROM service_request r WHERE $owner = ? AND linked = 1");
$q->execute([$org]);
$counts['linked'] = $q->fetchColumn();
foreach ($open as [$code, $c, $f, $a]) {
    if (!($agency ? $a : ($care && $c) || $f)) continue;
    $t = $tabs->appendChild($doc->createElement('tab'));
    $t->setAttribute('code', $code);
    $t->setAttribute('count', (string)($counts[$code] ?? 0));
}
$l = $content->appendChild($doc->createElement('list'));
foreach (['sort' => 'client', 'dir' => 'asc', 'label' => 'partner.col.client', 'keep' => 'tab=active'] as $k => $v)
    $l->setAttribute($k, $v);
foreach (['count' => $count, 'page' => 1, 'pages' => max(1, intdiv($count + 49, 50))] as $k => $v)
    $l->appendChild($doc->createElement($k))->appendChild($doc->createTextNode((string)$v));
$content->appendChild($doc->createElement('filters'))->appendChild($doc->createElement('q'));
$options = ['services' => ['service', "SELECT id, IF(? = 'en', name_en, name_fr) AS name FROM care_service ORDER BY name"],
    'zones' => ['zone', "SELECT id, IF(? = 'en', name_en, name_fr) AS name FROM zone ORDER BY name"]];
foreach ($options as $name => [$rowname, $sql]) {
    $q = $db->prepare($sql);
    $q->execute([$lang]);
    $o = $content->appendChild($doc->createElement($name));
    foreach ($q->fetchAll(PDO::FETCH_ASSOC) as $row) {
        $e = $o->appendChild($doc->createElement($rowname));
        foreach ($row as $k => $v) $e->appendChild($doc->createElement($k))->appendChild($doc->createTextNode((string)$v));
    }
}
if ($agency) {
    $o = $content->appendChild($doc->createElement('providers'));
    foreach ($db->query("SELECT id, name FROM org WHERE kind = 'provider' ORDER BY name", PDO::FETCH_ASSOC) as $row) {
        $e = $o->appendChild($doc->createElement('provider'));
        foreach ($row as $k => $v) $e->appendChild($doc->createElement($k))->appendChild($doc->createTextNode((string)$v));
    }
}

$xsl = new DOMDocument();
$xsl->load($conf['xsl_dir'] . '/requests.xsl', LIBXML_NONET);
$proc = new XSLTProcessor();
$proc->importStylesheet($xsl);
header('Content-Type: text/html; charset=utf-8');
header('Cache-Control: no-store');
echo $proc->transformToXML($doc);
