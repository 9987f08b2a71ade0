-- Demo data of the partner portal: the zones and service centres of the
-- guide, services in both languages, providers with a user of each persona,
-- the agency's clients (every name invented, phone numbers in the 555-01xx
-- range kept for fiction, addresses in no real street), and requests in
-- every state with their history, reports, a linked pair and
-- confirmations. Dates are relative to the day the demo is loaded.

INSERT INTO zone (code, name_fr, name_en) VALUES
	('south_west', 'Zone du Sud-Ouest', 'South West Zone'),
	('centre', 'Zone du Centre', 'Central Zone'),
	('south_east', 'Zone du Sud-Est', 'South East Zone'),
	('north_west', 'Zone du Nord-Ouest', 'North West Zone'),
	('north_east', 'Zone du Nord-Est', 'North East Zone');

INSERT INTO service_centre (code, zone_id, name)
SELECT c.code, z.id, c.name FROM (
	SELECT 'saint_john' AS code, 'south_west' AS zone, 'Saint John' AS name
	UNION ALL SELECT 'st_stephen', 'south_west', 'St. Stephen'
	UNION ALL SELECT 'sussex', 'south_west', 'Sussex'
	UNION ALL SELECT 'fredericton', 'centre', 'Fredericton'
	UNION ALL SELECT 'woodstock', 'centre', 'Woodstock'
	UNION ALL SELECT 'moncton', 'south_east', 'Moncton'
	UNION ALL SELECT 'edmundston', 'north_west', 'Edmundston'
	UNION ALL SELECT 'bathurst', 'north_east', 'Bathurst'
	UNION ALL SELECT 'miramichi', 'north_east', 'Miramichi'
) c JOIN zone z ON z.code = c.zone;

INSERT INTO care_service (code, name_fr, name_en, unit) VALUES
	('home_support', 'Soutien à domicile / Soins personnels', 'Home Support/Personal Care', 'hour'),
	('respite', 'Services de relève', 'Respite Services', 'hour'),
	('day_program', 'Programme de jour pour adultes', 'Adult Day Program', 'day'),
	('nursing_visit', 'Visite de soins infirmiers', 'Nursing Visit', 'visit'),
	('meals', 'Popote roulante', 'Meals on Wheels', 'visit'),
	('community_access', 'Accès communautaire', 'Community Access', 'hour');

INSERT INTO org (kind, name) VALUES
	('provider', 'Soins à domicile Fundy (démo)');

INSERT INTO users (org_id, email, name, lang)
SELECT o.id, u.email, u.name, u.lang FROM (
	SELECT 'Services de répit du Centre (démo)' AS org,
	       'coordination-centre@demo.passerelle.test' AS email,
	       'Morgan Illustratif' AS name, 'fr' AS lang
	UNION ALL SELECT 'Services de répit du Centre (démo)',
	       'finance-centre@demo.passerelle.test', 'Robin Figuratif', 'fr'
	UNION ALL SELECT 'Soins à domicile Fundy (démo)',
	       'fundy@demo.passerelle.test', 'Jordan Hypothèse', 'en'
) u JOIN org o ON o.name = u.org;

INSERT INTO user_role (user_id, role_id)
SELECT us.id, r.id FROM (
	SELECT 'coordination-centre@demo.passerelle.test' AS email, 'care' AS role
	UNION ALL SELECT 'finance-centre@demo.passerelle.test', 'finance'
	UNION ALL SELECT 'fundy@demo.passerelle.test', 'finance_care'
) x JOIN users us ON us.email = x.email JOIN role r ON r.code = x.role;

SET @agency = (SELECT id FROM org WHERE name = 'Agence des soins communautaires (démo)');
SET @agent = (SELECT id FROM users WHERE email = 'agent@demo.passerelle.test');
SET @admin = (SELECT id FROM users WHERE email = 'admin@demo.passerelle.test');

INSERT INTO client (org_id, file_number, given_name, family_name, birth_date,
                    lang, email, phone, address_line, city, province, postal_code)
SELECT @agency, c.* FROM (
	SELECT 'DEMO-001' AS f, 'Aurore' AS g, 'Exemplaire' AS n, '1941-03-14' AS b, 'fr' AS l,
	       'aurore.exemplaire@exemple.test' AS e, '506-555-0101' AS p,
	       '12, rue de l''Exemple' AS a, 'Saint John' AS ci, 'NB' AS pr, 'E2L 0A1' AS pc
	UNION ALL SELECT 'DEMO-002', 'Bruno', 'Modèle', '1950-07-02', 'fr', NULL, '506-555-0102',
	       '4, avenue Imaginaire', 'Saint John', 'NB', 'E2K 0A2'
	UNION ALL SELECT 'DEMO-003', 'Celeste', 'Sample', '1938-11-30', 'en', NULL, '506-555-0103',
	       '77 Fictional Road', 'St. Stephen', 'NB', 'E3L 0A3'
	UNION ALL SELECT 'DEMO-004', 'Damien', 'Fictif', '1962-01-19', 'fr', NULL, '506-555-0104',
	       '9, chemin du Songe', 'Sussex', 'NB', 'E4E 0A4'
	UNION ALL SELECT 'DEMO-005', 'Éloïse', 'Démonstration', '1947-05-08', 'fr',
	       'eloise.demo@exemple.test', '506-555-0105', '31, rue des Essais',
	       'Fredericton', 'NB', 'E3A 0A5'
	UNION ALL SELECT 'DEMO-006', 'Felix', 'Placeholder', '1955-09-23', 'en', NULL, '506-555-0106',
	       '5 Pretend Street', 'Fredericton', 'NB', 'E3B 0A6'
	UNION ALL SELECT 'DEMO-007', 'Gaëlle', 'Prototype', '1944-12-12', 'fr', NULL, '506-555-0107',
	       '18, allée de la Maquette', 'Woodstock', 'NB', 'E7M 0A7'
	UNION ALL SELECT 'DEMO-008', 'Hugo', 'Témoin', '1969-02-27', 'fr', NULL, '506-555-0108',
	       '2, place du Brouillon', 'Saint John', 'NB', 'E2M 0A8'
	UNION ALL SELECT 'DEMO-009', 'Iris', 'Mockup', '1936-06-06', 'en', NULL, '506-555-0109',
	       '40 Invented Lane', 'Saint John', 'NB', 'E2J 0A9'
	UNION ALL SELECT 'DEMO-010', 'Jules', 'Échantillon', '1958-10-10', 'fr', NULL, '506-555-0110',
	       '6, rue du Calque', 'Fredericton', 'NB', 'E3C 0B1'
) c;

INSERT INTO care_client (client_id, lead_worker_id, health_details, notes)
SELECT c.id, IF(c.file_number IN ('DEMO-004', 'DEMO-008'), @admin, @agent),
       CONCAT('Renseignements de santé fictifs pour la démonstration (', c.file_number, ').'),
       CONCAT('Note fictive de l''agence pour ', c.given_name, '.')
FROM client c WHERE c.org_id = @agency AND c.file_number LIKE 'DEMO-%';

-- The requests: provider, client, service, centre, state, start and end
-- as days from today, units per week (hundredths), rate (cents).
INSERT INTO service_request (agency_org_id, provider_org_id, client_id,
	care_service_id, centre_id, zone_id, state, start_date, end_date,
	units_per_week, unit_rate_cents, instructions, answer_reason,
	client_sort, service_sort_fr, service_sort_en, zone_sort_fr,
	zone_sort_en, centre_sort, created_by, created_at, answered_by, answered_at)
SELECT @agency, o.id, c.id, s.id, ce.id, z.id, d.state,
       DATE_ADD(CURDATE(), INTERVAL d.s DAY),
       IF(d.e IS NULL, NULL, DATE_ADD(CURDATE(), INTERVAL d.e DAY)),
       d.u, d.rate, d.instr, d.reason,
       CONCAT(c.given_name, ' ', c.family_name), s.name_fr, s.name_en,
       z.name_fr, z.name_en, ce.name, @agent,
       DATE_SUB(UTC_TIMESTAMP(), INTERVAL d.age DAY),
       IF(d.state = 'offered', NULL, (SELECT MIN(x.id) FROM users x WHERE x.org_id = o.id)),
       IF(d.state = 'offered', NULL, DATE_SUB(UTC_TIMESTAMP(), INTERVAL d.age - 1 DAY))
FROM (
	SELECT 1 AS n, 'Soutien à domicile Sud-Ouest (démo)' AS prov, 'DEMO-001' AS cf,
	       'home_support' AS sv, 'saint_john' AS cc, 'offered' AS state,
	       7 AS s, 187 AS e, 1000 AS u, 3250 AS rate,
	       'Deux visites par jour, matin et soir.' AS instr, NULL AS reason, 3 AS age
	UNION ALL SELECT 2, 'Soutien à domicile Sud-Ouest (démo)', 'DEMO-002', 'respite', 'saint_john',
	       'offered', 14, NULL, 600, 2900, 'Relève de l''aidant le mardi.', NULL, 1
	UNION ALL SELECT 3, 'Soutien à domicile Sud-Ouest (démo)', 'DEMO-003', 'home_support', 'st_stephen',
	       'accepted', 10, 200, 1400, 3250, 'Aide au bain deux fois par semaine.', NULL, 12
	UNION ALL SELECT 4, 'Soutien à domicile Sud-Ouest (démo)', 'DEMO-001', 'home_support', 'saint_john',
	       'activated', -120, 60, 1000, 3250, 'Aide aux repas.', NULL, 130
	UNION ALL SELECT 5, 'Soutien à domicile Sud-Ouest (démo)', 'DEMO-004', 'community_access', 'sussex',
	       'activated', -60, 20, 800, 2750, 'Accompagnement aux courses.', NULL, 70
	UNION ALL SELECT 6, 'Soutien à domicile Sud-Ouest (démo)', 'DEMO-008', 'home_support', 'saint_john',
	       'activated', -200, NULL, 1200, 3250, 'Soins personnels le matin.', NULL, 210
	UNION ALL SELECT 7, 'Soutien à domicile Sud-Ouest (démo)', 'DEMO-009', 'respite', 'saint_john',
	       'completed', -300, -100, 500, 2900, '', NULL, 310
	UNION ALL SELECT 8, 'Soutien à domicile Sud-Ouest (démo)', 'DEMO-002', 'meals', 'saint_john',
	       'completed', -150, -40, 500, 900, '', NULL, 160
	UNION ALL SELECT 9, 'Soutien à domicile Sud-Ouest (démo)', 'DEMO-003', 'nursing_visit', 'st_stephen',
	       'rejected', 20, 120, 200, 6500, '', 'Aucune infirmière disponible dans ce secteur.', 5
	UNION ALL SELECT 10, 'Soutien à domicile Sud-Ouest (démo)', 'DEMO-009', 'home_support', 'saint_john',
	       'cancelled', -30, 90, 1000, 3250, '', 'Le client a déménagé hors de la zone.', 45
	UNION ALL SELECT 11, 'Services de répit du Centre (démo)', 'DEMO-005', 'respite', 'fredericton',
	       'offered', 5, 95, 800, 2900, 'Relève les fins de semaine.', NULL, 2
	UNION ALL SELECT 12, 'Services de répit du Centre (démo)', 'DEMO-006', 'day_program', 'fredericton',
	       'activated', -90, 25, 300, 8500, '', NULL, 100
	UNION ALL SELECT 13, 'Services de répit du Centre (démo)', 'DEMO-007', 'respite', 'woodstock',
	       'activated', -45, 140, 600, 2900, 'Relève de nuit.', NULL, 50
	UNION ALL SELECT 14, 'Services de répit du Centre (démo)', 'DEMO-010', 'respite', 'fredericton',
	       'completed', -250, -60, 400, 2900, '', NULL, 260
	UNION ALL SELECT 15, 'Services de répit du Centre (démo)', 'DEMO-005', 'community_access', 'fredericton',
	       'cancelled', -10, 50, 300, 2750, '', 'Service remplacé par un programme de jour.', 20
	UNION ALL SELECT 16, 'Soins à domicile Fundy (démo)', 'DEMO-008', 'nursing_visit', 'saint_john',
	       'offered', 3, 63, 300, 6500, 'Pansements deux fois par semaine.', NULL, 1
	UNION ALL SELECT 17, 'Soins à domicile Fundy (démo)', 'DEMO-004', 'meals', 'sussex',
	       'activated', -40, 50, 700, 900, '', NULL, 45
) d
JOIN org o ON o.name = d.prov
JOIN client c ON c.org_id = @agency AND c.file_number = d.cf
JOIN care_service s ON s.code = d.sv
JOIN service_centre ce ON ce.code = d.cc
JOIN zone z ON z.id = ce.zone_id
ORDER BY d.n;

-- A linked pair in each of the two first providers: the original's period
-- ends the day before the clone's effective date.
INSERT INTO service_request (agency_org_id, provider_org_id, client_id,
	care_service_id, centre_id, zone_id, state, start_date, end_date,
	units_per_week, unit_rate_cents, instructions, origin_id, linked,
	client_sort, service_sort_fr, service_sort_en, zone_sort_fr,
	zone_sort_en, centre_sort, created_by, created_at, answered_by, answered_at)
SELECT r.agency_org_id, r.provider_org_id, r.client_id, r.care_service_id,
       r.centre_id, r.zone_id, 'activated', DATE_ADD(CURDATE(), INTERVAL -30 DAY),
       r.end_date, r.units_per_week + 400, r.unit_rate_cents, r.instructions,
       r.id, 1, r.client_sort, r.service_sort_fr, r.service_sort_en,
       r.zone_sort_fr, r.zone_sort_en, r.centre_sort, @agent,
       DATE_SUB(UTC_TIMESTAMP(), INTERVAL 31 DAY), r.answered_by, r.answered_at
FROM service_request r JOIN client c ON c.id = r.client_id
WHERE r.state = 'activated' AND c.file_number IN ('DEMO-001', 'DEMO-006')
ORDER BY r.id;

UPDATE service_request o JOIN service_request k ON k.origin_id = o.id
SET o.linked = 1, o.clone_id = k.id, o.end_date = DATE_SUB(k.start_date, INTERVAL 1 DAY);

-- The history of each request, from its state.
INSERT INTO service_request_event (request_id, at, actor_id, kind, other_id)
SELECT id, created_at, created_by, IF(origin_id IS NULL, 'offered', 'cloned_from'), origin_id
FROM service_request WHERE agency_org_id = @agency;
INSERT INTO service_request_event (request_id, at, actor_id, kind, detail)
SELECT id, answered_at, answered_by, IF(state = 'rejected', 'rejected', 'accepted'),
       IF(state = 'rejected', answer_reason, '')
FROM service_request WHERE origin_id IS NULL AND answered_at IS NOT NULL;
INSERT INTO service_request_event (request_id, at, actor_id, kind)
SELECT id, DATE_ADD(answered_at, INTERVAL 1 DAY), @agent, 'activated'
FROM service_request WHERE origin_id IS NULL AND state IN ('activated', 'completed');
INSERT INTO service_request_event (request_id, at, actor_id, kind)
SELECT id, TIMESTAMP(DATE_ADD(end_date, INTERVAL 1 DAY)), @agent, 'completed'
FROM service_request WHERE state = 'completed';
INSERT INTO service_request_event (request_id, at, actor_id, kind, detail)
SELECT id, DATE_ADD(answered_at, INTERVAL 2 DAY), @agent, 'cancelled', answer_reason
FROM service_request WHERE state = 'cancelled';
INSERT INTO service_request_event (request_id, at, actor_id, kind, other_id)
SELECT o.id, k.created_at, @agent, 'cloned_to', k.id
FROM service_request o JOIN service_request k ON k.origin_id = o.id;

-- Reports on the first provider's activated requests.
INSERT INTO service_report (request_id, provider_org_id, agency_org_id,
	client_id, kind, change_kind, status, occurred_at, location, description,
	people, actions_taken, severity, effective_date, until_date,
	units_per_week, reported_by, reported_at, routed_to, decided_by,
	decided_at, decision_note)
SELECT r.id, r.provider_org_id, r.agency_org_id, r.client_id, d.kind, d.ck,
       d.status, IF(d.kind = 'change', NULL, DATE_SUB(UTC_TIMESTAMP(), INTERVAL d.age DAY)),
       d.loc, d.descr, d.people, d.act, d.sev,
       IF(d.eff IS NULL, NULL, DATE_ADD(CURDATE(), INTERVAL d.eff DAY)),
       IF(d.til IS NULL, NULL, DATE_ADD(CURDATE(), INTERVAL d.til DAY)), d.u,
       (SELECT id FROM users WHERE email = 'coordination@demo.passerelle.test'),
       DATE_SUB(UTC_TIMESTAMP(), INTERVAL d.age DAY), cc.lead_worker_id,
       IF(d.status = 'submitted', NULL, cc.lead_worker_id),
       IF(d.status = 'submitted', NULL, DATE_SUB(UTC_TIMESTAMP(), INTERVAL d.age - 1 DAY)),
       d.note
FROM (
	SELECT 'DEMO-004' AS cf, 'incident' AS kind, NULL AS ck, 'submitted' AS status,
	       'Cuisine du client' AS loc, 'Chute légère en se levant de table, sans blessure apparente.' AS descr,
	       'Le client; la préposée' AS people, 'Aide à se relever, appel à la famille.' AS act,
	       'moderate' AS sev, NULL AS eff, NULL AS til, NULL AS u, 4 AS age, NULL AS note
	UNION ALL SELECT 'DEMO-008', 'observation', NULL, 'acknowledged', '',
	       'Le client semble plus fatigué le matin depuis deux semaines.', '', '', NULL,
	       NULL, NULL, NULL, 9, 'Merci, suivi prévu avec la famille.'
	UNION ALL SELECT 'DEMO-008', 'change', 'adjust', 'submitted', '',
	       'Ajouter une heure par semaine pour l''aide au bain.', '', '', NULL, 14, NULL, 1300, 2, NULL
	UNION ALL SELECT 'DEMO-004', 'change', 'suspend', 'declined', '',
	       'Suspendre pendant l''hospitalisation prévue.', '', '', NULL, 5, 12, NULL, 6,
	       'L''hospitalisation est reportée; service maintenu.'
) d
JOIN client c ON c.file_number = d.cf AND c.org_id = @agency
JOIN care_client cc ON cc.client_id = c.id
JOIN service_request r ON r.client_id = c.id AND r.state = 'activated'
JOIN org o ON o.id = r.provider_org_id AND o.name = 'Soutien à domicile Sud-Ouest (démo)';

INSERT INTO service_request_event (request_id, at, actor_id, kind, other_id, private)
SELECT request_id, reported_at, reported_by,
       CONCAT('report_', kind), id, 1 FROM service_report;

-- Confirmations of the first provider, one in each state.
INSERT INTO confirmation (request_id, provider_org_id, agency_org_id,
	period_from, period_to, units, amount_cents, state, return_reason,
	created_by, created_at, submitted_by, submitted_at, decided_by, decided_at)
SELECT r.id, r.provider_org_id, r.agency_org_id,
       DATE_ADD(r.start_date, INTERVAL d.f DAY), DATE_ADD(r.start_date, INTERVAL d.t DAY),
       d.u, d.u * r.unit_rate_cents DIV 100, d.state, d.reason, fin.id,
       DATE_SUB(UTC_TIMESTAMP(), INTERVAL d.age DAY),
       IF(d.state IN ('draft', 'uploaded'), NULL, fin.id),
       IF(d.state IN ('draft', 'uploaded'), NULL, DATE_SUB(UTC_TIMESTAMP(), INTERVAL d.age DAY)),
       IF(d.state IN ('validated', 'returned'), @agent, NULL),
       IF(d.state IN ('validated', 'returned'), DATE_SUB(UTC_TIMESTAMP(), INTERVAL d.age - 2 DAY), NULL)
FROM (
	SELECT 'DEMO-008' AS cf, 0 AS f, 29 AS t, 5000 AS u, 'validated' AS state, NULL AS reason, 160 AS age
	UNION ALL SELECT 'DEMO-008', 30, 59, 5200, 'validated', NULL, 130
	UNION ALL SELECT 'DEMO-008', 60, 89, 5000, 'submitted', NULL, 100
	UNION ALL SELECT 'DEMO-008', 90, 119, 4800, 'returned', 'Le nombre d''heures dépasse le plan de service.', 70
	UNION ALL SELECT 'DEMO-008', 120, 149, 5100, 'draft', NULL, 40
	UNION ALL SELECT 'DEMO-004', 0, 13, 1600, 'uploaded', NULL, 30
) d
JOIN client c ON c.file_number = d.cf AND c.org_id = @agency
JOIN service_request r ON r.client_id = c.id AND r.state = 'activated' AND r.origin_id IS NULL
JOIN org o ON o.id = r.provider_org_id AND o.name = 'Soutien à domicile Sud-Ouest (démo)'
JOIN users fin ON fin.email = 'finance@demo.passerelle.test';
