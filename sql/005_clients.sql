-- Clients: the people an organisation serves (the agency's clients for the
-- partner portal, an organisation's clients for the family portal). One
-- table for every module that needs them; what is specific to a module
-- lives in that module's own tables.

ALTER TABLE org
	MODIFY kind ENUM('agency', 'provider', 'establishment', 'centre', 'group',
	                 'public') NOT NULL COMMENT 'public: the citizens';

CREATE TABLE client (
	id BIGINT UNSIGNED AUTO_INCREMENT PRIMARY KEY,
	org_id BIGINT UNSIGNED NOT NULL COMMENT 'the organisation whose record it is',
	file_number VARCHAR(32) NULL COMMENT 'the organisation''s own number',
	given_name VARCHAR(100) NOT NULL,
	family_name VARCHAR(100) NOT NULL,
	birth_date DATE NULL,
	lang CHAR(2) NOT NULL DEFAULT 'fr',
	email VARCHAR(254) NULL,
	phone VARCHAR(32) NULL,
	address_line VARCHAR(200) NULL,
	city VARCHAR(100) NULL,
	province CHAR(2) NULL,
	postal_code VARCHAR(10) NULL,
	active TINYINT(1) NOT NULL DEFAULT 1,
	created_at DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
	updated_at DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP ON UPDATE CURRENT_TIMESTAMP,
	version INT UNSIGNED NOT NULL DEFAULT 1,
	UNIQUE KEY client_file (org_id, file_number),
	KEY client_name (org_id, family_name, given_name),
	CONSTRAINT client_org_fk FOREIGN KEY (org_id) REFERENCES org (id),
	CONSTRAINT client_lang CHECK (lang IN ('fr', 'en'))
) ENGINE = InnoDB;
