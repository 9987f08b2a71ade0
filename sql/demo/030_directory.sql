-- Demo data of the regional directory (issue 6): four coordination
-- centres and their postal areas, professions and specialties in both
-- languages, the service catalogue, thirty professionals with their
-- activities and access states, the admins and a professional who sign in,
-- and the custom lists of the guide. Every name is invented; addresses use
-- the reserved .test domain.

INSERT INTO org (kind, name) VALUES
	('centre', 'Centre de coordination Armor (démo)'),
	('centre', 'Centre de coordination Finistère (démo)'),
	('centre', 'Centre de coordination Rance-Vilaine (démo)'),
	('centre', 'Centre de coordination Morbihan (démo)');

INSERT INTO dir_centre_area (prefix, org_id)
SELECT a.prefix, o.id FROM (
SELECT '22' AS prefix, 'Centre de coordination Armor (démo)' AS org
	UNION ALL SELECT '29' AS prefix, 'Centre de coordination Finistère (démo)' AS org
	UNION ALL SELECT '35' AS prefix, 'Centre de coordination Rance-Vilaine (démo)' AS org
	UNION ALL SELECT '56' AS prefix, 'Centre de coordination Morbihan (démo)' AS org
) a JOIN org o ON o.name = a.org;

INSERT INTO dir_profession (code, name_fr, name_en) VALUES
	('10', 'Médecin', 'Physician'),
	('21', 'Pharmacien', 'Pharmacist'),
	('40', 'Chirurgien-dentiste', 'Dental surgeon'),
	('50', 'Sage-femme', 'Midwife'),
	('60', 'Infirmier', 'Nurse'),
	('70', 'Masseur-kinésithérapeute', 'Physiotherapist'),
	('80', 'Pédicure-podologue', 'Podiatrist'),
	('86', 'Diététicien', 'Dietitian'),
	('91', 'Orthophoniste', 'Speech therapist'),
	('93', 'Psychologue', 'Psychologist'),
	('94', 'Ergothérapeute', 'Occupational therapist'),
	('96', 'Psychomotricien', 'Psychomotor therapist'),
	('MAN', 'Manipulateur en électroradiologie', 'Radiographer'),
	('AMB', 'Ambulancier', 'Ambulance worker'),
	('SEC', 'Secrétaire médical', 'Medical secretary'),
	('ASS', 'Assistant de service social', 'Social worker');

INSERT INTO dir_specialty (code, profession, name_fr, name_en) VALUES
	('SM01', '10', 'Médecine générale', 'General practice'),
	('SM02', '10', 'Oncologie médicale', 'Medical oncology'),
	('SM03', '10', 'Radiothérapie', 'Radiotherapy'),
	('SM04', '10', 'Cardiologie', 'Cardiology'),
	('SM05', '10', 'Gériatrie', 'Geriatrics'),
	('SM06', '10', 'Pédiatrie', 'Paediatrics'),
	('SM07', '10', 'Psychiatrie', 'Psychiatry'),
	('SM08', '10', 'Hématologie', 'Haematology'),
	('SM09', '10', 'Radiologie', 'Radiology'),
	('SM10', '10', 'Gynécologie-obstétrique', 'Obstetrics and gynaecology'),
	('SM11', '10', 'Pneumologie', 'Respiratory medicine'),
	('SM12', '10', 'Gastro-entérologie', 'Gastroenterology'),
	('SM13', '10', 'Chirurgie viscérale', 'Visceral surgery'),
	('SM14', '10', 'Anatomie et cytologie pathologiques', 'Pathology'),
	('SP01', '21', 'Pharmacie hospitalière', 'Hospital pharmacy'),
	('SI01', '60', 'Infirmier en pratique avancée', 'Advanced practice nursing');

INSERT INTO dir_orientation (code, name_fr, name_en) VALUES
	('OR01', 'Soins palliatifs', 'Palliative care'),
	('OR02', 'Douleur', 'Pain medicine'),
	('OR03', 'Addictologie', 'Addiction medicine'),
	('OR04', 'Oncogériatrie', 'Geriatric oncology'),
	('OR05', 'Médecine du sport', 'Sports medicine'),
	('OR06', 'Nutrition', 'Nutrition'),
	('OR07', 'Soins de support', 'Supportive care'),
	('OR08', 'Éducation thérapeutique', 'Therapeutic patient education');

INSERT INTO dir_service (code, kind, name_fr, name_en, description_fr, description_en, link_kind, href, position) VALUES
	('PORTAL', 'portal', 'Accès au portail', 'Portal access', 'Le compte de l’espace privé e-santé.', 'The account of the e-health private space.', 'internal', '/', 0),
	('DCC', 'service', 'Dossier communicant de cancérologie', 'Shared cancer care record', 'Informatiser les principaux processus et documents standardisés.', 'Computerise the main standardised processes and documents.', 'external', 'https://dcc.demo.passerelle.test/', 10),
	('ROR', 'service', 'Répertoire opérationnel des ressources', 'Operational resource directory', 'L’offre de soins de la région, à jour.', 'The region’s care services, up to date.', 'external', 'https://ror.demo.passerelle.test/', 20),
	('MSS', 'service', 'Messagerie sécurisée de santé', 'Secure health messaging', 'Échanger des données de santé entre professionnels.', 'Exchange health data between professionals.', 'external', 'https://mss.demo.passerelle.test/', 30),
	('TLM', 'service', 'Télémédecine', 'Telemedicine', 'Téléconsultation et téléexpertise.', 'Teleconsultation and tele-expertise.', 'external', 'https://tlm.demo.passerelle.test/', 40),
	('PARC', 'service', 'Coordination des parcours', 'Care pathway coordination', 'Suivre les parcours complexes avec les équipes de coordination.', 'Follow complex pathways with the coordination teams.', 'external', 'https://parcours.demo.passerelle.test/', 50);

INSERT INTO dir_service_centre (service_id, org_id)
SELECT s.id, o.id FROM (
SELECT 'PORTAL' AS code, 'Centre de coordination Armor (démo)' AS org
	UNION ALL SELECT 'PORTAL' AS code, 'Centre de coordination Finistère (démo)' AS org
	UNION ALL SELECT 'PORTAL' AS code, 'Centre de coordination Rance-Vilaine (démo)' AS org
	UNION ALL SELECT 'PORTAL' AS code, 'Centre de coordination Morbihan (démo)' AS org
	UNION ALL SELECT 'DCC' AS code, 'Centre de coordination Armor (démo)' AS org
	UNION ALL SELECT 'DCC' AS code, 'Centre de coordination Finistère (démo)' AS org
	UNION ALL SELECT 'ROR' AS code, 'Centre de coordination Armor (démo)' AS org
	UNION ALL SELECT 'ROR' AS code, 'Centre de coordination Finistère (démo)' AS org
	UNION ALL SELECT 'ROR' AS code, 'Centre de coordination Rance-Vilaine (démo)' AS org
	UNION ALL SELECT 'ROR' AS code, 'Centre de coordination Morbihan (démo)' AS org
	UNION ALL SELECT 'MSS' AS code, 'Centre de coordination Finistère (démo)' AS org
	UNION ALL SELECT 'MSS' AS code, 'Centre de coordination Rance-Vilaine (démo)' AS org
	UNION ALL SELECT 'MSS' AS code, 'Centre de coordination Morbihan (démo)' AS org
	UNION ALL SELECT 'TLM' AS code, 'Centre de coordination Morbihan (démo)' AS org
	UNION ALL SELECT 'PARC' AS code, 'Centre de coordination Armor (démo)' AS org
	UNION ALL SELECT 'PARC' AS code, 'Centre de coordination Rance-Vilaine (démo)' AS org
) x JOIN dir_service s ON s.code = x.code JOIN org o ON o.name = x.org;

INSERT INTO users (org_id, email, name, lang)
SELECT o.id, u.email, u.name, u.lang FROM (
	SELECT 'Centre de coordination Finistère (démo)' AS org,
	       'centre@demo.passerelle.test' AS email, 'Maëlle Démo' AS name, 'fr' AS lang
	UNION ALL SELECT 'Centre de coordination Armor (démo)',
	       'centre-armor@demo.passerelle.test', 'Yann Exemple', 'en'
	UNION ALL SELECT 'Centre de coordination Finistère (démo)',
	       'pro@demo.passerelle.test', 'Anaïs Fictive', 'fr'
	UNION ALL SELECT 'Agence des soins communautaires (démo)',
	       'annuaire@demo.passerelle.test', 'Gwen Essai', 'fr'
) AS u JOIN org o ON o.name = u.org;

INSERT INTO user_role (user_id, role_id)
SELECT us.id, r.id FROM (
	SELECT 'centre@demo.passerelle.test' AS email, 'centre_admin' AS role
	UNION ALL SELECT 'centre-armor@demo.passerelle.test', 'centre_admin'
	UNION ALL SELECT 'pro@demo.passerelle.test', 'professional'
	UNION ALL SELECT 'annuaire@demo.passerelle.test', 'directory_operator'
) AS x JOIN users us ON us.email = x.email JOIN role r ON r.code = x.role;

INSERT INTO dir_person (type, login, rpps, adeli, origin, ref_family_name, ref_birth_name, ref_given_name, ref_birth_date, ref_profession, ref_specialty, ref_orientation, ref_phone, ref_mss, ref_street_number, ref_street_repeat, ref_street_type, ref_street_label, ref_postal_code, ref_city, email, activity_state, addr_override, ovr_street_number, ovr_street_repeat, ovr_street_type, ovr_street_label, ovr_postal_code, ovr_city, ovr_family_name, ovr_mss) VALUES
	('health', 'anais.fictive', '10001000008', NULL, 'reference', 'Fictive', 'Fictive', 'Anaïs', '1958-01-01', '10', 'SM02', NULL, '02 90 10 20 30', 'anais.fictive@demo.mssante.test', '1', NULL, 'rue', 'de la Fiction', '29200', 'Brest', 'pro@demo.passerelle.test', 'active', 0, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL),
	('health', 'loic.exemple', '10001001311', NULL, 'reference', 'Exemple', 'Exemple', 'Loïc', '1961-02-06', '10', 'SM01', 'OR01', '02 91 11 21 31', 'loic.exemple@demo.mssante.test', '8', NULL, 'avenue', 'du Modèle', '29200', 'Brest', 'loic.exemple@demo.passerelle.test', 'active', 0, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL),
	('health', 'mael.modele', NULL, '356010025', 'reference', 'Modèle', 'Modèle-Ancien', 'Maël', '1964-03-11', '60', NULL, 'OR07', '02 92 12 22 32', 'mael.modele@demo.mssante.test', '15', NULL, 'boulevard', 'de l’Exemple', '35000', 'Rennes', NULL, 'active', 0, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL),
	('health', 'anais.specimen', '10001003937', NULL, 'reference', 'Spécimen', 'Spécimen', 'Anaïs', '1967-04-16', '21', 'SP01', NULL, '02 93 13 23 33', 'anais.specimen@demo.mssante.test', '22', NULL, 'place', 'du Spécimen', '56100', 'Lorient', NULL, 'active', 1, '33', NULL, 'rue', 'du Nouveau Cabinet', '56100', 'Lorient', NULL, NULL),
	('health', 'helene.essai', '10001005247', NULL, 'reference', 'Essai', 'Essai', 'Hélène', '1970-05-21', '10', 'SM03', NULL, '02 94 14 24 34', 'helene.essai@demo.mssante.test', '29', 'bis', 'chemin', 'de Kerdémo', '22300', 'Lannion', 'helene.essai@demo.passerelle.test', 'active', 0, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL),
	('health', 'jerome.temoin', '10001006559', NULL, 'reference', 'Témoin', 'Témoin', 'Jérôme', '1973-06-26', '70', NULL, NULL, '02 95 15 25 35', 'jerome.temoin@demo.mssante.test', '36', NULL, 'rue', 'des Essais', '29000', 'Quimper', NULL, 'active', 0, NULL, NULL, NULL, NULL, NULL, NULL, 'Témoin-Nouveau', NULL),
	('agent', 'eloise.kermodele', NULL, NULL, 'reference', 'Kermodèle', 'Kermodèle', 'Éloïse', '1976-07-03', 'AMB', NULL, NULL, '02 96 16 26 36', 'eloise.kermodele@demo.mssante.test', '43', NULL, 'allée', 'des Maquettes', '35400', 'Saint-Malo', NULL, 'active', 0, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL),
	('agent', 'noe.le-demo', NULL, NULL, 'reference', 'Le Démo', 'Le Démo', 'Noé', '1979-08-08', 'SEC', NULL, NULL, '02 97 17 27 37', 'noe.le-demo@demo.mssante.test', '50', NULL, 'quai', 'de l’Ébauche', '56000', 'Vannes', 'noe.le-demo@demo.passerelle.test', 'inactive', 0, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL),
	('health', 'clement.penn-essai', '10001010486', NULL, 'reference', 'Penn-Essai', 'Penn-Essai-Ancien', 'Clément', '1982-09-13', '10', 'SM05', 'OR04', '02 98 18 28 38', 'clement.penn-essai@demo.mssante.test', '57', NULL, 'rue', 'de la Fiction', '22100', 'Dinan', NULL, 'active', 0, NULL, NULL, NULL, NULL, NULL, NULL, NULL, 'clement.secretariat@demo.mssante.test'),
	('health', 'agnes.maquette', NULL, '296010093', 'reference', 'Maquette', 'Maquette', 'Agnès', '1985-10-18', '60', 'SI01', NULL, '02 99 19 29 39', 'agnes.maquette@demo.mssante.test', '4', NULL, 'avenue', 'du Modèle', '29600', 'Morlaix', NULL, 'active', 0, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL),
	('health', 'francoise.echantillon', '10001013100', NULL, 'reference', 'Échantillon', 'Échantillon', 'Françoise', '1988-11-23', '50', NULL, NULL, '02 90 20 30 40', 'francoise.echantillon@demo.mssante.test', '11', NULL, 'boulevard', 'de l’Exemple', '35300', 'Fougères', 'francoise.echantillon@demo.passerelle.test', 'active', 0, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL),
	('health', 'gwenael.ebauche', NULL, '569310113', 'reference', 'Ébauche', 'Ébauche', 'Gwénaël', '1991-12-28', '93', NULL, 'OR02', '02 91 21 31 41', 'gwenael.ebauche@demo.mssante.test', '18', NULL, 'place', 'du Spécimen', '56300', 'Pontivy', NULL, 'active', 0, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL),
	('health', 'oceane.esquisse', '10001015725', NULL, 'reference', 'Esquisse', 'Esquisse', 'Océane', '1959-01-05', '10', 'SM14', NULL, '02 92 22 32 42', 'oceane.esquisse@demo.mssante.test', '25', NULL, 'chemin', 'de Kerdémo', '22200', 'Guingamp', NULL, 'active', 0, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL),
	('health', 'zoe.gabarit', '10001017036', NULL, 'reference', 'Gabarit', 'Gabarit', 'Zoé', '1962-02-10', '40', NULL, NULL, '02 93 23 33 43', 'zoe.gabarit@demo.mssante.test', '32', 'bis', 'rue', 'des Essais', '29300', 'Quimperlé', 'zoe.gabarit@demo.passerelle.test', 'active', 0, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL),
	('health', 'joel.prototype', NULL, '359110145', 'reference', 'Prototype', 'Prototype-Ancien', 'Joël', '1965-03-15', '91', NULL, NULL, '02 94 24 34 44', 'joel.prototype@demo.mssante.test', '39', NULL, 'allée', 'des Maquettes', '35500', 'Vitré', NULL, 'active', 0, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL),
	('agent', 'solene.epreuve', NULL, NULL, 'reference', 'Épreuve', 'Épreuve', 'Solène', '1968-04-20', 'ASS', NULL, NULL, '02 95 25 35 45', 'solene.epreuve@demo.mssante.test', '46', NULL, 'quai', 'de l’Ébauche', '56400', 'Auray', NULL, 'active', 0, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL),
	('health', 'brieuc.le-bihan-fictif', '10001020964', NULL, 'reference', 'Le Bihan-Fictif', 'Le Bihan-Fictif', 'Brieuc', '1971-05-25', '10', 'SM08', NULL, '02 96 26 36 46', 'brieuc.le-bihan-fictif@demo.mssante.test', '53', NULL, 'rue', 'de la Fiction', '22000', 'Saint-Brieuc', 'brieuc.le-bihan-fictif@demo.passerelle.test', 'active', 0, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL),
	('health', 'ronan.kerfictif', NULL, '298610171', 'reference', 'Kerfictif', 'Kerfictif', 'Ronan', '1974-06-02', '86', NULL, 'OR06', '02 97 27 37 47', 'ronan.kerfictif@demo.mssante.test', '60', NULL, 'avenue', 'du Modèle', '29200', 'Brest', NULL, 'active', 0, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL),
	('health', 'nolwenn.le-floch-demo', '10001023588', NULL, 'reference', 'Le Floc''h-Démo', 'Le Floc''h-Démo', 'Nolwenn', '1977-07-07', '10', 'SM09', NULL, '02 98 28 38 48', 'nolwenn.le-floch-demo@demo.mssante.test', '7', NULL, 'boulevard', 'de l’Exemple', '35000', 'Rennes', NULL, 'active', 0, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL),
	('health', 'yannick.brouillon', NULL, '566210191', 'reference', 'Brouillon', 'Brouillon', 'Yannick', '1980-08-12', 'MAN', NULL, NULL, '02 99 29 39 49', 'yannick.brouillon@demo.mssante.test', '14', NULL, 'place', 'du Spécimen', '56100', 'Lorient', 'yannick.brouillon@demo.passerelle.test', 'active', 0, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL),
	('health', 'soizic.quere-exemple', '10001026201', NULL, 'reference', 'Quéré-Exemple', 'Quéré-Exemple-Ancien', 'Soizic', '1983-09-17', '10', 'SM11', NULL, '02 90 30 40 50', 'soizic.quere-exemple@demo.mssante.test', '21', NULL, 'chemin', 'de Kerdémo', '22300', 'Lannion', NULL, 'active', 0, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL),
	('health', 'erwan.salaun-modele', NULL, '296010218', 'reference', 'Salaün-Modèle', 'Salaün-Modèle', 'Erwan', '1986-10-22', '60', NULL, 'OR03', '02 91 31 41 51', 'erwan.salaun-modele@demo.mssante.test', '28', NULL, 'rue', 'des Essais', '29000', 'Quimper', NULL, 'active', 0, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL),
	('health', 'armelle.jezequel-essai', '10001028827', NULL, 'reference', 'Jézéquel-Essai', 'Jézéquel-Essai', 'Armelle', '1989-11-27', '10', 'SM04', NULL, '02 92 32 42 52', 'armelle.jezequel-essai@demo.mssante.test', '35', 'bis', 'allée', 'des Maquettes', '35400', 'Saint-Malo', 'armelle.jezequel-essai@demo.passerelle.test', 'active', 0, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL),
	('health', 'tristan.herve-temoin', NULL, '569410236', 'reference', 'Hervé-Témoin', 'Hervé-Témoin', 'Tristan', '1992-12-04', '94', NULL, NULL, '02 93 33 43 53', 'tristan.herve-temoin@demo.mssante.test', '42', NULL, 'quai', 'de l’Ébauche', '56000', 'Vannes', NULL, 'inactive', 0, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL),
	('health', 'maiwenn.guerin-fictif', '10001031441', NULL, 'reference', 'Guérin-Fictif', 'Guérin-Fictif', 'Maïwenn', '1960-01-09', '10', 'SM07', NULL, '02 94 34 44 54', 'maiwenn.guerin-fictif@demo.mssante.test', '49', NULL, 'rue', 'de la Fiction', '22100', 'Dinan', NULL, 'active', 0, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL),
	('health', 'goulven.morvan-demo', NULL, '299610253', 'reference', 'Morvan-Démo', 'Morvan-Démo', 'Goulven', '1963-02-14', '96', NULL, NULL, '02 95 35 45 55', 'goulven.morvan-demo@demo.mssante.test', '56', NULL, 'avenue', 'du Modèle', '29600', 'Morlaix', 'goulven.morvan-demo@demo.passerelle.test', 'active', 0, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL),
	('health', 'enora.prigent-modele', '10001034064', NULL, 'reference', 'Prigent-Modèle', 'Prigent-Modèle-Ancien', 'Enora', '1966-03-19', '10', 'SM10', NULL, '02 96 36 46 56', 'enora.prigent-modele@demo.mssante.test', '3', NULL, 'boulevard', 'de l’Exemple', '35300', 'Fougères', NULL, 'active', 0, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL),
	('health', 'corentin.tanguy-essai', '10001035376', NULL, 'reference', 'Tanguy-Essai', 'Tanguy-Essai', 'Corentin', '1969-04-24', '80', NULL, NULL, '02 97 37 47 57', 'corentin.tanguy-essai@demo.mssante.test', '10', NULL, 'place', 'du Spécimen', '56300', 'Pontivy', NULL, 'active', 0, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL),
	('health', 'benedicte.riou-specimen', '10001036689', NULL, 'reference', 'Riou-Spécimen', 'Riou-Spécimen', 'Bénédicte', '1972-05-01', '10', 'SM12', NULL, '02 98 38 48 58', 'benedicte.riou-specimen@demo.mssante.test', '17', NULL, 'chemin', 'de Kerdémo', '22200', 'Guingamp', 'benedicte.riou-specimen@demo.passerelle.test', 'active', 0, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL),
	('other', 'josselin.leveque-exemple', NULL, NULL, 'reference', 'Lévêque-Exemple', 'Lévêque-Exemple', 'Josselin', '1975-06-06', 'SEC', NULL, NULL, '02 99 39 49 59', 'josselin.leveque-exemple@demo.mssante.test', '24', NULL, 'rue', 'des Essais', '29300', 'Quimperlé', NULL, 'active', 0, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL);

-- The directory numbers every record gets, and the centre of its area
-- (what cgi-bin/lib/dirperson.c does for the records it creates).
UPDATE dir_person SET matricule = CONCAT('PAS', LPAD(id, 7, '0'))
	WHERE matricule IS NULL;
UPDATE dir_person p SET centre_id = (SELECT a.org_id FROM dir_centre_area a
	WHERE p.postal_code LIKE CONCAT(a.prefix, '%')
	ORDER BY LENGTH(a.prefix) DESC LIMIT 1);
UPDATE dir_person p JOIN users u ON u.email = 'pro@demo.passerelle.test'
	SET p.user_id = u.id WHERE p.email = u.email;

INSERT INTO dir_activity (person_id, position, structure, role, street, postal_code, city, ref_mss)
SELECT p.id, a.position, a.structure, a.role, a.street, a.postal_code, a.city, a.mss FROM (
SELECT 'anais.fictive' AS login, 1 AS position, 'Centre hospitalier de Kerfictif (démo)' AS structure, 'Exercice libéral' AS role, '1 rue de la Fiction' AS street, '29200' AS postal_code, 'Brest' AS city, 'anais.fictive@demo.mssante.test' AS mss
	UNION ALL SELECT 'loic.exemple' AS login, 1 AS position, 'Clinique du Modèle (démo)' AS structure, 'Exercice salarié' AS role, '8 avenue du Modèle' AS street, '29200' AS postal_code, 'Brest' AS city, NULL AS mss
	UNION ALL SELECT 'mael.modele' AS login, 1 AS position, 'Maison de santé de Penn-Démo' AS structure, 'Exercice libéral' AS role, '15 boulevard de l’Exemple' AS street, '35000' AS postal_code, 'Rennes' AS city, NULL AS mss
	UNION ALL SELECT 'mael.modele' AS login, 2 AS position, 'Centre de radiothérapie de l’Exemple (démo)' AS structure, 'Vacations' AS role, '4 place du Spécimen' AS street, '35000' AS postal_code, 'Rennes' AS city, 'mael.vacations@demo.mssante.test' AS mss
	UNION ALL SELECT 'anais.specimen' AS login, 1 AS position, 'Cabinet de l’Essai (démo)' AS structure, 'Exercice salarié' AS role, '22 place du Spécimen' AS street, '56100' AS postal_code, 'Lorient' AS city, NULL AS mss
	UNION ALL SELECT 'helene.essai' AS login, 1 AS position, 'Hôpital privé du Spécimen (démo)' AS structure, 'Exercice libéral' AS role, '29 chemin de Kerdémo' AS street, '22300' AS postal_code, 'Lannion' AS city, 'helene.essai@demo.mssante.test' AS mss
	UNION ALL SELECT 'jerome.temoin' AS login, 1 AS position, 'Centre de radiothérapie de l’Exemple (démo)' AS structure, 'Exercice salarié' AS role, '36 rue des Essais' AS street, '29000' AS postal_code, 'Quimper' AS city, NULL AS mss
	UNION ALL SELECT 'eloise.kermodele' AS login, 1 AS position, 'Pharmacie de la Maquette (démo)' AS structure, 'Exercice libéral' AS role, '43 allée des Maquettes' AS street, '35400' AS postal_code, 'Saint-Malo' AS city, NULL AS mss
	UNION ALL SELECT 'noe.le-demo' AS login, 1 AS position, 'EHPAD des Ébauches (démo)' AS structure, 'Exercice salarié' AS role, '50 quai de l’Ébauche' AS street, '56000' AS postal_code, 'Vannes' AS city, NULL AS mss
	UNION ALL SELECT 'noe.le-demo' AS login, 2 AS position, 'Maison de santé de Penn-Démo' AS structure, 'Vacations' AS role, '9 place du Spécimen' AS street, '56000' AS postal_code, 'Vannes' AS city, 'noe.vacations@demo.mssante.test' AS mss
	UNION ALL SELECT 'clement.penn-essai' AS login, 1 AS position, 'Centre hospitalier de Kerfictif (démo)' AS structure, 'Exercice libéral' AS role, '57 rue de la Fiction' AS street, '22100' AS postal_code, 'Dinan' AS city, 'clement.penn-essai@demo.mssante.test' AS mss
	UNION ALL SELECT 'agnes.maquette' AS login, 1 AS position, 'Clinique du Modèle (démo)' AS structure, 'Exercice salarié' AS role, '4 avenue du Modèle' AS street, '29600' AS postal_code, 'Morlaix' AS city, NULL AS mss
	UNION ALL SELECT 'francoise.echantillon' AS login, 1 AS position, 'Maison de santé de Penn-Démo' AS structure, 'Exercice libéral' AS role, '11 boulevard de l’Exemple' AS street, '35300' AS postal_code, 'Fougères' AS city, NULL AS mss
	UNION ALL SELECT 'gwenael.ebauche' AS login, 1 AS position, 'Cabinet de l’Essai (démo)' AS structure, 'Exercice salarié' AS role, '18 place du Spécimen' AS street, '56300' AS postal_code, 'Pontivy' AS city, NULL AS mss
	UNION ALL SELECT 'oceane.esquisse' AS login, 1 AS position, 'Hôpital privé du Spécimen (démo)' AS structure, 'Exercice libéral' AS role, '25 chemin de Kerdémo' AS street, '22200' AS postal_code, 'Guingamp' AS city, 'oceane.esquisse@demo.mssante.test' AS mss
	UNION ALL SELECT 'oceane.esquisse' AS login, 2 AS position, 'EHPAD des Ébauches (démo)' AS structure, 'Vacations' AS role, '14 place du Spécimen' AS street, '22200' AS postal_code, 'Guingamp' AS city, 'oceane.vacations@demo.mssante.test' AS mss
	UNION ALL SELECT 'zoe.gabarit' AS login, 1 AS position, 'Centre de radiothérapie de l’Exemple (démo)' AS structure, 'Exercice salarié' AS role, '32 rue des Essais' AS street, '29300' AS postal_code, 'Quimperlé' AS city, NULL AS mss
	UNION ALL SELECT 'joel.prototype' AS login, 1 AS position, 'Pharmacie de la Maquette (démo)' AS structure, 'Exercice libéral' AS role, '39 allée des Maquettes' AS street, '35500' AS postal_code, 'Vitré' AS city, NULL AS mss
	UNION ALL SELECT 'solene.epreuve' AS login, 1 AS position, 'EHPAD des Ébauches (démo)' AS structure, 'Exercice salarié' AS role, '46 quai de l’Ébauche' AS street, '56400' AS postal_code, 'Auray' AS city, NULL AS mss
	UNION ALL SELECT 'brieuc.le-bihan-fictif' AS login, 1 AS position, 'Centre hospitalier de Kerfictif (démo)' AS structure, 'Exercice libéral' AS role, '53 rue de la Fiction' AS street, '22000' AS postal_code, 'Saint-Brieuc' AS city, 'brieuc.le-bihan-fictif@demo.mssante.test' AS mss
	UNION ALL SELECT 'ronan.kerfictif' AS login, 1 AS position, 'Clinique du Modèle (démo)' AS structure, 'Exercice salarié' AS role, '60 avenue du Modèle' AS street, '29200' AS postal_code, 'Brest' AS city, NULL AS mss
	UNION ALL SELECT 'ronan.kerfictif' AS login, 2 AS position, 'Hôpital privé du Spécimen (démo)' AS structure, 'Vacations' AS role, '19 place du Spécimen' AS street, '29200' AS postal_code, 'Brest' AS city, 'ronan.vacations@demo.mssante.test' AS mss
	UNION ALL SELECT 'nolwenn.le-floch-demo' AS login, 1 AS position, 'Maison de santé de Penn-Démo' AS structure, 'Exercice libéral' AS role, '7 boulevard de l’Exemple' AS street, '35000' AS postal_code, 'Rennes' AS city, NULL AS mss
	UNION ALL SELECT 'yannick.brouillon' AS login, 1 AS position, 'Cabinet de l’Essai (démo)' AS structure, 'Exercice salarié' AS role, '14 place du Spécimen' AS street, '56100' AS postal_code, 'Lorient' AS city, NULL AS mss
	UNION ALL SELECT 'soizic.quere-exemple' AS login, 1 AS position, 'Hôpital privé du Spécimen (démo)' AS structure, 'Exercice libéral' AS role, '21 chemin de Kerdémo' AS street, '22300' AS postal_code, 'Lannion' AS city, 'soizic.quere-exemple@demo.mssante.test' AS mss
	UNION ALL SELECT 'erwan.salaun-modele' AS login, 1 AS position, 'Centre de radiothérapie de l’Exemple (démo)' AS structure, 'Exercice salarié' AS role, '28 rue des Essais' AS street, '29000' AS postal_code, 'Quimper' AS city, NULL AS mss
	UNION ALL SELECT 'armelle.jezequel-essai' AS login, 1 AS position, 'Pharmacie de la Maquette (démo)' AS structure, 'Exercice libéral' AS role, '35 allée des Maquettes' AS street, '35400' AS postal_code, 'Saint-Malo' AS city, NULL AS mss
	UNION ALL SELECT 'armelle.jezequel-essai' AS login, 2 AS position, 'Clinique du Modèle (démo)' AS structure, 'Vacations' AS role, '24 place du Spécimen' AS street, '35400' AS postal_code, 'Saint-Malo' AS city, 'armelle.vacations@demo.mssante.test' AS mss
	UNION ALL SELECT 'tristan.herve-temoin' AS login, 1 AS position, 'EHPAD des Ébauches (démo)' AS structure, 'Exercice salarié' AS role, '42 quai de l’Ébauche' AS street, '56000' AS postal_code, 'Vannes' AS city, NULL AS mss
	UNION ALL SELECT 'maiwenn.guerin-fictif' AS login, 1 AS position, 'Centre hospitalier de Kerfictif (démo)' AS structure, 'Exercice libéral' AS role, '49 rue de la Fiction' AS street, '22100' AS postal_code, 'Dinan' AS city, 'maiwenn.guerin-fictif@demo.mssante.test' AS mss
	UNION ALL SELECT 'goulven.morvan-demo' AS login, 1 AS position, 'Clinique du Modèle (démo)' AS structure, 'Exercice salarié' AS role, '56 avenue du Modèle' AS street, '29600' AS postal_code, 'Morlaix' AS city, NULL AS mss
	UNION ALL SELECT 'enora.prigent-modele' AS login, 1 AS position, 'Maison de santé de Penn-Démo' AS structure, 'Exercice libéral' AS role, '3 boulevard de l’Exemple' AS street, '35300' AS postal_code, 'Fougères' AS city, NULL AS mss
	UNION ALL SELECT 'corentin.tanguy-essai' AS login, 1 AS position, 'Cabinet de l’Essai (démo)' AS structure, 'Exercice salarié' AS role, '10 place du Spécimen' AS street, '56300' AS postal_code, 'Pontivy' AS city, NULL AS mss
	UNION ALL SELECT 'corentin.tanguy-essai' AS login, 2 AS position, 'Pharmacie de la Maquette (démo)' AS structure, 'Vacations' AS role, '29 place du Spécimen' AS street, '56300' AS postal_code, 'Pontivy' AS city, 'corentin.vacations@demo.mssante.test' AS mss
	UNION ALL SELECT 'benedicte.riou-specimen' AS login, 1 AS position, 'Hôpital privé du Spécimen (démo)' AS structure, 'Exercice libéral' AS role, '17 chemin de Kerdémo' AS street, '22200' AS postal_code, 'Guingamp' AS city, 'benedicte.riou-specimen@demo.mssante.test' AS mss
	UNION ALL SELECT 'josselin.leveque-exemple' AS login, 1 AS position, 'Centre de radiothérapie de l’Exemple (démo)' AS structure, 'Exercice salarié' AS role, '24 rue des Essais' AS street, '29300' AS postal_code, 'Quimperlé' AS city, NULL AS mss
) a JOIN dir_person p ON p.login = a.login;

INSERT INTO dir_access (person_id, service_id, state, requested_at, decided_at)
SELECT p.id, s.id, x.state, UTC_TIMESTAMP() - INTERVAL 3 DAY,
	IF(x.state IN ('accepted', 'refused'), UTC_TIMESTAMP() - INTERVAL 1 DAY, NULL) FROM (
SELECT 'anais.fictive' AS login, 'PORTAL' AS code, 'accepted' AS state
	UNION ALL SELECT 'anais.fictive' AS login, 'ROR' AS code, 'accepted' AS state
	UNION ALL SELECT 'anais.fictive' AS login, 'MSS' AS code, 'accepted' AS state
	UNION ALL SELECT 'loic.exemple' AS login, 'PORTAL' AS code, 'accepted' AS state
	UNION ALL SELECT 'helene.essai' AS login, 'PORTAL' AS code, 'to_process' AS state
	UNION ALL SELECT 'helene.essai' AS login, 'DCC' AS code, 'to_process' AS state
	UNION ALL SELECT 'eloise.kermodele' AS login, 'DCC' AS code, 'accepted' AS state
	UNION ALL SELECT 'noe.le-demo' AS login, 'PORTAL' AS code, 'accepted' AS state
	UNION ALL SELECT 'agnes.maquette' AS login, 'ROR' AS code, 'to_process' AS state
	UNION ALL SELECT 'francoise.echantillon' AS login, 'PORTAL' AS code, 'to_process' AS state
	UNION ALL SELECT 'francoise.echantillon' AS login, 'DCC' AS code, 'to_process' AS state
	UNION ALL SELECT 'gwenael.ebauche' AS login, 'TLM' AS code, 'to_process' AS state
	UNION ALL SELECT 'zoe.gabarit' AS login, 'PORTAL' AS code, 'accepted' AS state
	UNION ALL SELECT 'zoe.gabarit' AS login, 'DCC' AS code, 'to_process' AS state
	UNION ALL SELECT 'joel.prototype' AS login, 'ROR' AS code, 'to_process' AS state
	UNION ALL SELECT 'brieuc.le-bihan-fictif' AS login, 'PORTAL' AS code, 'to_process' AS state
	UNION ALL SELECT 'brieuc.le-bihan-fictif' AS login, 'DCC' AS code, 'accepted' AS state
	UNION ALL SELECT 'ronan.kerfictif' AS login, 'DCC' AS code, 'to_process' AS state
	UNION ALL SELECT 'yannick.brouillon' AS login, 'PORTAL' AS code, 'accepted' AS state
	UNION ALL SELECT 'yannick.brouillon' AS login, 'DCC' AS code, 'refused' AS state
	UNION ALL SELECT 'erwan.salaun-modele' AS login, 'TLM' AS code, 'to_process' AS state
	UNION ALL SELECT 'armelle.jezequel-essai' AS login, 'PORTAL' AS code, 'to_process' AS state
	UNION ALL SELECT 'armelle.jezequel-essai' AS login, 'DCC' AS code, 'to_process' AS state
	UNION ALL SELECT 'goulven.morvan-demo' AS login, 'PORTAL' AS code, 'accepted' AS state
	UNION ALL SELECT 'enora.prigent-modele' AS login, 'ROR' AS code, 'to_process' AS state
	UNION ALL SELECT 'benedicte.riou-specimen' AS login, 'PORTAL' AS code, 'to_process' AS state
) x JOIN dir_person p ON p.login = x.login JOIN dir_service s ON s.code = x.code;

INSERT INTO dir_list (name, query) VALUES
	('04-ACCES-DCC', 'svc=DCC&access=to_process'),
	('Demandes à traiter dans mon secteur', 'access=to_process&area=mine'),
	('Professionnels inactifs', 'state=inactive');

-- The demo records enter the change feed as created, in id order, the way
-- cgi-bin/lib/dirfeed.c records a bulk load.
SET @base = (SELECT last FROM dir_feed_seq WHERE id = 1 FOR UPDATE);
INSERT INTO dir_change (seq, person_id, kind, type, matricule, login, rpps,
	adeli, family_name, birth_name, given_name, birth_date, profession,
	specialty, orientation, email, phone, mss, street_number, street_repeat,
	street_type, street_label, postal_code, city, activity_state, access)
SELECT @base + ROW_NUMBER() OVER (ORDER BY p.id), p.id, 'created', p.type,
	p.matricule, p.login, p.rpps, p.adeli, p.family_name, p.birth_name,
	p.given_name, p.birth_date, p.profession, p.specialty, p.orientation,
	p.email, p.phone, p.mss, p.street_number, p.street_repeat, p.street_type,
	p.street_label, p.postal_code, p.city, p.activity_state,
	(SELECT GROUP_CONCAT(CONCAT(s.code, ':', a.state) ORDER BY s.code SEPARATOR ' ')
	 FROM dir_access a JOIN dir_service s ON s.id = a.service_id
	 WHERE a.person_id = p.id AND a.state <> 'never_requested')
FROM dir_person p;
UPDATE dir_feed_seq SET last = (SELECT COALESCE(MAX(seq), 0) FROM dir_change)
	WHERE id = 1;
INSERT INTO dir_change_activity (seq, position, activity_id, structure, finess,
	role, street, postal_code, city, mss)
SELECT c.seq, a.position, a.id, a.structure, a.finess, a.role, a.street,
	a.postal_code, a.city, a.mss
FROM dir_change c JOIN dir_activity a ON a.person_id = c.person_id;
