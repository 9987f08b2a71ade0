-- Family portal demo: the home-support provider's clients, their contacts,
-- the staff who manage them, and portal logins: a daughter who follows
-- both her parents, a physician, and a client who follows her own care.
-- Every name is invented; addresses use the reserved .test domain.

INSERT INTO users (org_id, email, name, lang, activated_at)
SELECT o.id, u.email, u.name, u.lang, UTC_TIMESTAMP()
FROM (
	SELECT 'soins@demo.passerelle.test' AS email, 'Maxime Démo' AS name,
	       'fr' AS lang
	UNION ALL SELECT 'accueil@demo.passerelle.test', 'Andréa Exemple', 'en'
	UNION ALL SELECT 'fille@demo.passerelle.test', 'Sophie Exemplaire', 'fr'
	UNION ALL SELECT 'medecin@demo.passerelle.test', 'Nadia Modèle', 'fr'
	UNION ALL SELECT 'patiente@demo.passerelle.test', 'Marguerite Échantillon',
	       'en'
) AS u JOIN org o ON o.name = 'Soutien à domicile Sud-Ouest (démo)';

INSERT INTO user_role (user_id, role_id)
SELECT us.id, r.id
FROM (
	SELECT 'soins@demo.passerelle.test' AS email, 'client_staff' AS role
	UNION ALL SELECT 'accueil@demo.passerelle.test', 'client_clerk'
	UNION ALL SELECT 'fille@demo.passerelle.test', 'portal_account'
	UNION ALL SELECT 'medecin@demo.passerelle.test', 'portal_account'
	UNION ALL SELECT 'patiente@demo.passerelle.test', 'portal_account'
) AS x
JOIN users us ON us.email = x.email
JOIN role r ON r.code = x.role;

INSERT INTO client (org_id, file_number, given_name, family_name, birth_date,
                    lang, email, phone, address_line, city, province,
                    postal_code)
SELECT o.id, c.file_number, c.given_name, c.family_name, c.birth_date, c.lang,
       c.email, c.phone, c.address_line, c.city, 'NB', c.postal_code
FROM (
	SELECT 'SD-1001' AS file_number, 'Yvette' AS given_name,
	       'Exemplaire' AS family_name, DATE '1941-03-12' AS birth_date,
	       'fr' AS lang, NULL AS email, '506-555-0101' AS phone,
	       '12, rue des Essais' AS address_line, 'Moncton' AS city,
	       'E1A 0A1' AS postal_code
	UNION ALL SELECT 'SD-1002', 'Léon', 'Exemplaire', DATE '1938-11-02', 'fr',
	       NULL, '506-555-0101', '12, rue des Essais', 'Moncton', 'E1A 0A1'
	UNION ALL SELECT 'SD-1003', 'Marguerite', 'Échantillon', DATE '1952-07-21',
	       'en', 'patiente@demo.passerelle.test', '506-555-0103',
	       '48 Sample Street', 'Dieppe', 'E1A 0B2'
	UNION ALL SELECT 'SD-1004', 'Gérald', 'Fictif', DATE '1947-01-30', 'fr',
	       NULL, '506-555-0104', '3, chemin du Modèle', 'Shediac', 'E4P 0C3'
	UNION ALL SELECT 'SD-1005', 'Thérèse', 'Essai', DATE '1935-09-09', 'en',
	       'therese.essai@exemple.test', '506-555-0105', '7 Trial Lane',
	       'Riverview', 'E1B 0D4'
) AS c JOIN org o ON o.name = 'Soutien à domicile Sud-Ouest (démo)';

INSERT INTO client_contact (client_id, relationship, relation_detail,
                            given_name, family_name, email, phone, lang)
SELECT cl.id, x.relationship, x.detail, x.given_name, x.family_name, x.email,
       x.phone, x.lang
FROM (
	SELECT 'SD-1001' AS file_number, 'family' AS relationship,
	       'Fille' AS detail, 'Sophie' AS given_name,
	       'Exemplaire' AS family_name,
	       'fille@demo.passerelle.test' AS email, '506-555-0111' AS phone,
	       'fr' AS lang
	UNION ALL SELECT 'SD-1001', 'physician', 'Médecin de famille', 'Nadia',
	       'Modèle', 'medecin@demo.passerelle.test', '506-555-0120', 'fr'
	UNION ALL SELECT 'SD-1001', 'other', 'Voisin', 'Paul', 'Témoin', NULL,
	       '506-555-0130', 'fr'
	UNION ALL SELECT 'SD-1002', 'family', 'Fille', 'Sophie', 'Exemplaire',
	       'fille@demo.passerelle.test', '506-555-0111', 'fr'
	UNION ALL SELECT 'SD-1003', 'family', 'Son', 'Owen', 'Échantillon',
	       'owen.echantillon@exemple.test', '506-555-0140', 'en'
	UNION ALL SELECT 'SD-1004', 'family', 'Épouse', 'Lucie', 'Fictif',
	       'lucie.fictif@exemple.test', '506-555-0150', 'fr'
) AS x
JOIN client cl ON cl.file_number = x.file_number
JOIN org o ON o.id = cl.org_id AND o.name = 'Soutien à domicile Sud-Ouest (démo)';

INSERT INTO portal_login (user_id, org_id, kind)
SELECT u.id, u.org_id, x.kind
FROM (
	SELECT 'fille@demo.passerelle.test' AS email, 'contact' AS kind
	UNION ALL SELECT 'medecin@demo.passerelle.test', 'contact'
	UNION ALL SELECT 'patiente@demo.passerelle.test', 'client'
) AS x JOIN users u ON u.email = x.email;

-- The daughter follows both parents as family; the physician follows
-- Yvette; Marguerite follows her own care.
INSERT INTO portal_access (user_id, client_id, contact_id, role_id, granted_at)
SELECT u.id, cc.client_id, cc.id, r.id, UTC_TIMESTAMP()
FROM client_contact cc
JOIN client cl ON cl.id = cc.client_id
JOIN org o ON o.id = cl.org_id AND o.name = 'Soutien à domicile Sud-Ouest (démo)'
JOIN users u ON u.email = cc.email
JOIN role r ON r.code = IF(cc.relationship = 'physician', 'portal_physician',
                           'portal_family')
WHERE cc.email IN ('fille@demo.passerelle.test', 'medecin@demo.passerelle.test');

INSERT INTO portal_access (user_id, client_id, contact_id, role_id, granted_at)
SELECT u.id, cl.id, NULL, r.id, UTC_TIMESTAMP()
FROM client cl
JOIN org o ON o.id = cl.org_id AND o.name = 'Soutien à domicile Sud-Ouest (démo)'
JOIN users u ON u.email = 'patiente@demo.passerelle.test'
JOIN role r ON r.code = 'portal_patient'
WHERE cl.file_number = 'SD-1003';

-- What the portal shows.
INSERT INTO portal_appointment (client_id, starts_at, ends_at, title,
                                with_name, place, state)
SELECT cl.id, TIMESTAMP(UTC_DATE() + INTERVAL x.days DAY, x.at),
       TIMESTAMP(UTC_DATE() + INTERVAL x.days DAY, x.at) + INTERVAL x.minutes MINUTE,
       x.title, x.with_name, x.place, x.state
FROM (
	SELECT 'SD-1001' AS file_number, 2 AS days, '13:00:00' AS at,
	       60 AS minutes, 'Soins infirmiers à domicile' AS title,
	       'Inf. Camille Témoin' AS with_name, 'Domicile' AS place,
	       'planned' AS state
	UNION ALL SELECT 'SD-1001', 9, '14:30:00', 45, 'Physiothérapie',
	       'Alex Démo, physiothérapeute', 'Domicile', 'planned'
	UNION ALL SELECT 'SD-1001', -5, '13:00:00', 60,
	       'Soins infirmiers à domicile', 'Inf. Camille Témoin', 'Domicile',
	       'done'
	UNION ALL SELECT 'SD-1002', 4, '15:00:00', 30, 'Aide au bain',
	       'Préposé Robin Essai', 'Domicile', 'planned'
	UNION ALL SELECT 'SD-1003', 3, '16:00:00', 60, 'Nursing visit',
	       'RN Jordan Sample', 'Home', 'planned'
	UNION ALL SELECT 'SD-1003', 12, '17:00:00', 45, 'Occupational therapy',
	       'Casey Trial, OT', 'Home', 'planned'
) AS x
JOIN client cl ON cl.file_number = x.file_number
JOIN org o ON o.id = cl.org_id AND o.name = 'Soutien à domicile Sud-Ouest (démo)';

INSERT INTO portal_care_plan (client_id, goal, actions, start_date,
                              review_date, state)
SELECT cl.id, x.goal, x.actions, UTC_DATE() - INTERVAL x.started DAY,
       UTC_DATE() + INTERVAL x.review DAY, x.state
FROM (
	SELECT 'SD-1001' AS file_number,
	       'Rester à domicile en sécurité' AS goal,
	       'Visite infirmière deux fois par semaine; barres d''appui dans la salle de bain.' AS actions,
	       60 AS started, 30 AS review, 'active' AS state
	UNION ALL SELECT 'SD-1001', 'Marcher 15 minutes par jour',
	       'Exercices avec la physiothérapeute; marchette.', 30, 60, 'active'
	UNION ALL SELECT 'SD-1003', 'Manage diabetes at home',
	       'Blood sugar checks twice a day; weekly nursing review.', 90, 14,
	       'active'
	UNION ALL SELECT 'SD-1003', 'Regain kitchen independence',
	       'Occupational therapy sessions; adapted utensils.', 120, 0,
	       'achieved'
) AS x
JOIN client cl ON cl.file_number = x.file_number
JOIN org o ON o.id = cl.org_id AND o.name = 'Soutien à domicile Sud-Ouest (démo)';

INSERT INTO portal_document (client_id, title, kind, file_name, content_type,
                             content, created_at)
SELECT cl.id, x.title, x.kind, x.file_name, 'text/plain; charset=utf-8',
       x.content, UTC_TIMESTAMP() - INTERVAL x.age DAY
FROM (
	SELECT 'SD-1001' AS file_number, 'Plan de soins signé' AS title,
	       'plan' AS kind, 'plan-de-soins.txt' AS file_name,
	       'Plan de soins (démo) : document fictif.' AS content, 20 AS age
	UNION ALL SELECT 'SD-1003', 'Nursing assessment', 'report',
	       'nursing-assessment.txt',
	       'Nursing assessment (demo): an invented document.', 10
	UNION ALL SELECT 'SD-1003', 'Welcome letter', 'letter',
	       'welcome-letter.txt', 'Welcome to home support (demo letter).', 90
) AS x
JOIN client cl ON cl.file_number = x.file_number
JOIN org o ON o.id = cl.org_id AND o.name = 'Soutien à domicile Sud-Ouest (démo)';

INSERT INTO portal_team_member (client_id, name, function_fr, function_en,
                                phone, since)
SELECT cl.id, x.name, x.fr, x.en, x.phone, UTC_DATE() - INTERVAL x.days DAY
FROM (
	SELECT 'SD-1001' AS file_number, 'Camille Témoin' AS name,
	       'Infirmière' AS fr, 'Nurse' AS en, '506-555-0201' AS phone,
	       200 AS days
	UNION ALL SELECT 'SD-1001', 'Alex Démo', 'Physiothérapeute',
	       'Physiotherapist', '506-555-0202', 40
	UNION ALL SELECT 'SD-1002', 'Robin Essai', 'Préposé aux soins',
	       'Personal support worker', '506-555-0203', 100
	UNION ALL SELECT 'SD-1003', 'Jordan Sample', 'Infirmier',
	       'Nurse', '506-555-0204', 300
) AS x
JOIN client cl ON cl.file_number = x.file_number
JOIN org o ON o.id = cl.org_id AND o.name = 'Soutien à domicile Sud-Ouest (démo)';

INSERT INTO portal_note (client_id, written_at, author_name, body)
SELECT cl.id, UTC_TIMESTAMP() - INTERVAL x.hours HOUR, x.author, x.body
FROM (
	SELECT 'SD-1001' AS file_number, 30 AS hours,
	       'Camille Témoin, inf.' AS author,
	       'Tension stable. Pansement changé; plaie propre.' AS body
	UNION ALL SELECT 'SD-1001', 200, 'Alex Démo, physio.',
	       'Marche avec marchette sur 20 mètres sans aide.'
	UNION ALL SELECT 'SD-1003', 50, 'Jordan Sample, RN',
	       'Blood sugar within target all week.'
) AS x
JOIN client cl ON cl.file_number = x.file_number
JOIN org o ON o.id = cl.org_id AND o.name = 'Soutien à domicile Sud-Ouest (démo)';
