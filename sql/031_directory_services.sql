-- 031: the service catalogue, who administers each service, the access
-- states of each person, the admins' custom lists, and the roles and
-- permissions of the module.

CREATE TABLE dir_service (
	id BIGINT UNSIGNED AUTO_INCREMENT PRIMARY KEY,
	code VARCHAR(16) NOT NULL,
	kind ENUM('portal', 'service') NOT NULL DEFAULT 'service'
		COMMENT 'portal: access to the portal itself (the account)',
	name_fr VARCHAR(120) NOT NULL,
	name_en VARCHAR(120) NOT NULL,
	description_fr VARCHAR(500) NOT NULL DEFAULT '',
	description_en VARCHAR(500) NOT NULL DEFAULT '',
	link_kind ENUM('internal', 'external') NOT NULL DEFAULT 'external',
	href VARCHAR(500) NOT NULL DEFAULT '',
	active TINYINT(1) NOT NULL DEFAULT 1,
	position INT NOT NULL DEFAULT 100,
	version INT UNSIGNED NOT NULL DEFAULT 1,
	UNIQUE KEY dir_service_code (code),
	KEY dir_service_position (position, code),
	CONSTRAINT dir_service_code_chars CHECK (code REGEXP '^[A-Z0-9_]{2,16}$')
) ENGINE = InnoDB;

-- The coordination centres whose admins decide on a service's requests.
CREATE TABLE dir_service_centre (
	service_id BIGINT UNSIGNED NOT NULL,
	org_id BIGINT UNSIGNED NOT NULL,
	PRIMARY KEY (service_id, org_id),
	KEY dir_service_centre_org (org_id),
	CONSTRAINT dir_service_centre_service_fk FOREIGN KEY (service_id) REFERENCES dir_service (id),
	CONSTRAINT dir_service_centre_org_fk FOREIGN KEY (org_id) REFERENCES org (id)
) ENGINE = InnoDB;

-- A person's access to a service; no row reads as never requested.
CREATE TABLE dir_access (
	person_id BIGINT UNSIGNED NOT NULL,
	service_id BIGINT UNSIGNED NOT NULL,
	state ENUM('never_requested', 'to_process', 'accepted', 'refused') NOT NULL,
	requested_at DATETIME NULL,
	decided_at DATETIME NULL,
	decided_by BIGINT UNSIGNED NULL,
	PRIMARY KEY (person_id, service_id),
	KEY dir_access_state (service_id, state, person_id),
	CONSTRAINT dir_access_person_fk FOREIGN KEY (person_id) REFERENCES dir_person (id),
	CONSTRAINT dir_access_service_fk FOREIGN KEY (service_id) REFERENCES dir_service (id),
	CONSTRAINT dir_access_decided_by_fk FOREIGN KEY (decided_by) REFERENCES users (id)
) ENGINE = InnoDB;

-- Saved searches the directory's admins name and share: the filters as the
-- query string of the search screen (validated again at each use).
CREATE TABLE dir_list (
	id BIGINT UNSIGNED AUTO_INCREMENT PRIMARY KEY,
	name VARCHAR(100) NOT NULL,
	query VARCHAR(2000) NOT NULL,
	created_by BIGINT UNSIGNED NULL,
	created_at DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
	version INT UNSIGNED NOT NULL DEFAULT 1,
	UNIQUE KEY dir_list_name (name),
	CONSTRAINT dir_list_created_by_fk FOREIGN KEY (created_by) REFERENCES users (id)
) ENGINE = InnoDB;

INSERT INTO permission (code) VALUES
	('directory.request'), ('directory.admin'), ('directory.import'),
	('directory.configure');

INSERT INTO role (code, name_fr, name_en, mfa_required) VALUES
	('professional', 'Professionnel (espace privé)', 'Professional (private space)', 1),
	('centre_admin', 'Administration d''un centre de coordination',
	 'Coordination centre administration', 1),
	('directory_operator', 'Configuration de l''annuaire régional',
	 'Regional directory configuration', 1);

INSERT INTO role_permission (role_id, permission)
	SELECT r.id, p.code FROM role r
	JOIN (SELECT 'professional' AS role, 'account.view' AS code
	      UNION ALL SELECT 'professional', 'directory.request'
	      UNION ALL SELECT 'centre_admin', 'account.view'
	      UNION ALL SELECT 'centre_admin', 'directory.admin'
	      UNION ALL SELECT 'centre_admin', 'directory.import'
	      UNION ALL SELECT 'directory_operator', 'account.view'
	      UNION ALL SELECT 'directory_operator', 'directory.configure') p
	ON p.role = r.code;

INSERT INTO tile (code, permission, href, position) VALUES
	('directory', 'directory.admin', '/directory', 200),
	('directory_config', 'directory.configure', '/directory/services', 210);
