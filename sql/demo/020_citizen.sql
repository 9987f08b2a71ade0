-- Demo establishments, their staff, a citizen family and three weeks of
-- free times from the day the demo is loaded. Every name is invented;
-- addresses and phone numbers are fictional (555-01xx).

INSERT INTO org (kind, name) VALUES
	('establishment', 'Clinique communautaire du Ruisseau (démo)'),
	('establishment', 'Centre de santé de la Colline (démo)'),
	('establishment', 'Clinique du Vieux-Port (démo)'),
	('establishment', 'Centre de santé de la Baie (démo)');

INSERT INTO establishment_profile (org_id, address_line, city, postal_code,
                                   phone, cutoff_hours)
SELECT o.id, p.address_line, p.city, p.postal_code, p.phone, p.cutoff
FROM (
	SELECT 'Clinique communautaire du Ruisseau (démo)' AS org,
	       '120, rue des Érables' AS address_line, 'Moncton' AS city,
	       'E1C 4B7' AS postal_code, '+15065550101' AS phone, 24 AS cutoff
	UNION ALL SELECT 'Centre de santé de la Colline (démo)',
	       '45, chemin de la Colline', 'Fredericton', 'E3B 2K8',
	       '+15065550102', 12
	UNION ALL SELECT 'Clinique du Vieux-Port (démo)', '8, quai Nord',
	       'Saint John', 'E2L 1A1', '+15065550103', 48
	UNION ALL SELECT 'Centre de santé de la Baie (démo)',
	       '300, boulevard de la Baie', 'Caraquet', 'E1W 1B6',
	       '+15065550104', 24
) AS p JOIN org o ON o.name = p.org;

INSERT INTO establishment_service (org_id, type_id, duration_minutes)
SELECT o.id, t.id, x.duration
FROM (
	SELECT 'Clinique communautaire du Ruisseau (démo)' AS org,
	       'flu_vaccine' AS code, 10 AS duration
	UNION ALL SELECT 'Clinique communautaire du Ruisseau (démo)',
	       'child_vaccine', 20
	UNION ALL SELECT 'Clinique communautaire du Ruisseau (démo)',
	       'blood_test', 15
	UNION ALL SELECT 'Centre de santé de la Colline (démo)', 'flu_vaccine',
	       15
	UNION ALL SELECT 'Centre de santé de la Colline (démo)', 'nurse_visit',
	       30
	UNION ALL SELECT 'Clinique du Vieux-Port (démo)', 'flu_vaccine', 15
	UNION ALL SELECT 'Clinique du Vieux-Port (démo)', 'covid_vaccine', 15
	UNION ALL SELECT 'Centre de santé de la Baie (démo)', 'screening', 30
	UNION ALL SELECT 'Centre de santé de la Baie (démo)', 'child_vaccine',
	       20
) AS x
JOIN org o ON o.name = x.org
JOIN establishment_service_type t ON t.code = x.code;

-- Staff of the Moncton clinic: reception follows the day, the manager
-- also sets the slots and the establishment's rules.
INSERT INTO users (org_id, email, name, lang)
SELECT o.id, u.email, u.name, u.lang
FROM (
	SELECT 'reception@demo.passerelle.test' AS email,
	       'Gabrielle Accueil' AS name, 'fr' AS lang
	UNION ALL SELECT 'gestion@demo.passerelle.test', 'Maxime Horaire', 'en'
) AS u JOIN org o ON o.name = 'Clinique communautaire du Ruisseau (démo)';

INSERT INTO user_role (user_id, role_id)
SELECT us.id, r.id
FROM (
	SELECT 'reception@demo.passerelle.test' AS email,
	       'establishment_staff' AS role
	UNION ALL SELECT 'gestion@demo.passerelle.test', 'establishment_manager'
) AS x
JOIN users us ON us.email = x.email
JOIN role r ON r.code = x.role;

-- A citizen family: the holder, a child and a spouse.
INSERT INTO users (org_id, email, name, lang)
SELECT o.id, 'parent@demo.passerelle.test', 'Rosalie Exemplaire', 'fr'
FROM org o WHERE o.kind = 'public' ORDER BY o.id LIMIT 1;

INSERT INTO user_role (user_id, role_id)
SELECT u.id, r.id FROM users u JOIN role r ON r.code = 'citizen'
WHERE u.email = 'parent@demo.passerelle.test';

INSERT INTO citizen_account (user_id, phone, sms_opt_in, postal_code)
SELECT id, '+15065550142', 1, 'E1A 7K3' FROM users
WHERE email = 'parent@demo.passerelle.test';

INSERT INTO patient (account_id, relation, given_name, family_name,
                     birth_date, health_card)
SELECT u.id, p.relation, p.given_name, p.family_name, p.birth_date, p.card
FROM (
	SELECT 'self' AS relation, 'Rosalie' AS given_name,
	       'Exemplaire' AS family_name, DATE '1988-03-14' AS birth_date,
	       '100200300' AS card
	UNION ALL SELECT 'child', 'Léo', 'Exemplaire', DATE '2019-09-02',
	       '100200301'
	UNION ALL SELECT 'spouse', 'Samuel', 'Fictif', DATE '1986-11-30', NULL
) AS p JOIN users u ON u.email = 'parent@demo.passerelle.test';

-- Three weeks of weekday slots from the day the demo is loaded, at 9:00 to
-- 12:00 and 13:30 to 16:00 on the clock of the Atlantic zone (UTC-4, UTC-3
-- from the second Sunday of March to the first Sunday of November).
INSERT INTO slot (service_id, org_id, starts_at, ends_at, seat)
WITH RECURSIVE day_n (n) AS (
	SELECT 0 UNION ALL SELECT n + 1 FROM day_n WHERE n < 20
), minute_n (m) AS (
	SELECT 0 UNION ALL SELECT m + 5 FROM minute_n WHERE m < 475
), days AS (
	SELECT CURDATE() + INTERVAL n DAY AS d FROM day_n
), local_times AS (
	SELECT s.id AS service_id, s.org_id, s.duration_minutes AS len,
	       TIMESTAMP(days.d, '09:00:00') + INTERVAL mn.m MINUTE AS local_at,
	       IF(days.d >= MAKEDATE(YEAR(days.d), 1) + INTERVAL 2 MONTH +
	              INTERVAL ((8 - DAYOFWEEK(MAKEDATE(YEAR(days.d), 1) +
	              INTERVAL 2 MONTH)) % 7 + 7) DAY
	          AND days.d < MAKEDATE(YEAR(days.d), 1) + INTERVAL 10 MONTH +
	              INTERVAL ((8 - DAYOFWEEK(MAKEDATE(YEAR(days.d), 1) +
	              INTERVAL 10 MONTH)) % 7) DAY, 3, 4) AS offset_hours
	FROM establishment_service s
	JOIN org o ON o.id = s.org_id AND o.name LIKE '%(démo)'
	CROSS JOIN days
	CROSS JOIN minute_n mn
	WHERE DAYOFWEEK(days.d) BETWEEN 2 AND 6
	  AND mn.m % s.duration_minutes = 0
	  AND (mn.m + s.duration_minutes <= 180
	       OR (mn.m >= 270 AND mn.m + s.duration_minutes <= 420))
)
SELECT service_id, org_id, local_at + INTERVAL offset_hours HOUR,
       local_at + INTERVAL offset_hours HOUR + INTERVAL len MINUTE, 1
FROM local_times
WHERE local_at + INTERVAL offset_hours HOUR > UTC_TIMESTAMP();

-- The family's appointments: the child's vaccination in a week (booked by
-- the parent, association to validate at the visit), the parent's blood
-- test in two weeks.
INSERT INTO appointment (slot_id, org_id, service_id, starts_at, patient_id,
                         account_id, contact_email, contact_phone, lang)
SELECT sl.id, sl.org_id, sl.service_id, sl.starts_at, p.id, p.account_id,
       'parent@demo.passerelle.test', '+15065550142', 'fr'
FROM patient p
JOIN users u ON u.id = p.account_id AND u.email = 'parent@demo.passerelle.test'
JOIN establishment_service s ON s.org_id = (SELECT id FROM org WHERE name =
	'Clinique communautaire du Ruisseau (démo)')
JOIN establishment_service_type t ON t.id = s.type_id
JOIN slot sl ON sl.id = (SELECT MIN(x.id) FROM slot x WHERE x.service_id =
	s.id AND x.starts_at > UTC_TIMESTAMP() + INTERVAL
	IF(p.relation = 'child', 7, 14) DAY)
WHERE (p.relation = 'child' AND t.code = 'child_vaccine')
   OR (p.relation = 'self' AND t.code = 'blood_test');

UPDATE slot sl JOIN appointment a ON a.slot_id = sl.id
SET sl.appointment_id = a.id;
