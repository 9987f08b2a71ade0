-- Demo organisations and accounts. Every name is invented; addresses use
-- the reserved .test domain. Passwords are set by `passerelle demo`.

INSERT INTO org (kind, name) VALUES
	('agency', 'Agence des soins communautaires (démo)'),
	('provider', 'Soutien à domicile Sud-Ouest (démo)'),
	('provider', 'Services de répit du Centre (démo)');

INSERT INTO users (org_id, email, name, lang)
SELECT o.id, u.email, u.name, u.lang
FROM (
	SELECT 'Agence des soins communautaires (démo)' AS org,
	       'admin@demo.passerelle.test' AS email,
	       'Camille Exemple' AS name, 'fr' AS lang
	UNION ALL SELECT 'Agence des soins communautaires (démo)',
	       'agent@demo.passerelle.test', 'Dominique Fictif', 'fr'
	UNION ALL SELECT 'Soutien à domicile Sud-Ouest (démo)',
	       'coordination@demo.passerelle.test', 'Alex Modèle', 'fr'
	UNION ALL SELECT 'Soutien à domicile Sud-Ouest (démo)',
	       'finance@demo.passerelle.test', 'Sam Spécimen', 'en'
	UNION ALL SELECT 'Services de répit du Centre (démo)',
	       'finance-coordination@demo.passerelle.test', 'Charlie Essai', 'en'
) AS u JOIN org o ON o.name = u.org;

INSERT INTO user_role (user_id, role_id)
SELECT us.id, r.id
FROM (
	SELECT 'admin@demo.passerelle.test' AS email, 'admin' AS role
	UNION ALL SELECT 'admin@demo.passerelle.test', 'agency_staff'
	UNION ALL SELECT 'agent@demo.passerelle.test', 'agency_staff'
	UNION ALL SELECT 'coordination@demo.passerelle.test', 'care'
	UNION ALL SELECT 'finance@demo.passerelle.test', 'finance'
	UNION ALL SELECT 'finance-coordination@demo.passerelle.test',
	       'finance_care'
) AS x
JOIN users us ON us.email = x.email
JOIN role r ON r.code = x.role;
