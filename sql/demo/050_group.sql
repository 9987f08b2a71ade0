-- Demo: a nursing group with its secretary (who runs the set-up), its
-- responsible and a nurse, and its billing establishment. Every name is
-- invented; the national numbers are made up with valid check digits.
-- The group signs in with passwords until its manager switches it to SSO.

INSERT INTO org (kind, name) VALUES
	('group', 'Groupement infirmier des Saules (démo)');

INSERT INTO users (org_id, email, name, lang, niss)
SELECT o.id, u.email, u.name, u.lang, u.niss
FROM (
	SELECT 'secretariat-saules@demo.passerelle.test' AS email,
	       'Maxime Fictif' AS name, 'fr' AS lang, NULL AS niss
	UNION ALL SELECT 'responsable-saules@demo.passerelle.test',
	       'Nadia Exemplaire', 'fr', '88051502451'
	UNION ALL SELECT 'infirmier-saules@demo.passerelle.test',
	       'Lou Essai', 'en', '91081213616'
) AS u JOIN org o ON o.name = 'Groupement infirmier des Saules (démo)';

INSERT INTO user_role (user_id, role_id)
SELECT us.id, r.id
FROM (
	SELECT 'secretariat-saules@demo.passerelle.test' AS email,
	       'group_manager' AS role
	UNION ALL SELECT 'responsable-saules@demo.passerelle.test',
	       'group_manager'
	UNION ALL SELECT 'infirmier-saules@demo.passerelle.test', 'group_member'
) AS x
JOIN users us ON us.email = x.email
JOIN role r ON r.code = x.role;

INSERT INTO cert_billing (org_id, name, tp_number, created_at)
SELECT id, 'Soins à domicile des Saules (démo)', '31234567', UTC_TIMESTAMP()
FROM org WHERE name = 'Groupement infirmier des Saules (démo)';
