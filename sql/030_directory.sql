-- 030: the regional directory of professionals (issue 6). Each value that
-- comes from the national reference is kept in a ref_* column that only a
-- reference load writes; admins write the "value for modification" in the
-- matching ovr_* column; the effective value is a stored generated column
-- (the override where set, else the reference) that search, sorting and
-- the change feed read. The address is one block: addr_override chooses
-- the reference address or the override address as a whole, never a mix.

CREATE TABLE dir_profession (
	code VARCHAR(16) PRIMARY KEY,
	name_fr VARCHAR(120) NOT NULL,
	name_en VARCHAR(120) NOT NULL,
	KEY dir_profession_fr (name_fr),
	KEY dir_profession_en (name_en)
) ENGINE = InnoDB;

CREATE TABLE dir_specialty (
	code VARCHAR(16) PRIMARY KEY,
	profession VARCHAR(16) NULL COMMENT 'the profession it belongs to',
	name_fr VARCHAR(120) NOT NULL,
	name_en VARCHAR(120) NOT NULL,
	KEY dir_specialty_fr (name_fr),
	KEY dir_specialty_en (name_en),
	CONSTRAINT dir_specialty_profession_fk FOREIGN KEY (profession) REFERENCES dir_profession (code)
) ENGINE = InnoDB;

-- "Orientation particulière": a particular practice (palliative care…).
CREATE TABLE dir_orientation (
	code VARCHAR(16) PRIMARY KEY,
	name_fr VARCHAR(120) NOT NULL,
	name_en VARCHAR(120) NOT NULL,
	KEY dir_orientation_fr (name_fr),
	KEY dir_orientation_en (name_en)
) ENGINE = InnoDB;

-- Postal areas of the coordination centres (org rows of kind 'centre'): a
-- person's postal code belongs to the centre of its longest prefix.
CREATE TABLE dir_centre_area (
	prefix VARCHAR(5) PRIMARY KEY,
	org_id BIGINT UNSIGNED NOT NULL,
	KEY dir_centre_area_org (org_id, prefix),
	CONSTRAINT dir_centre_area_org_fk FOREIGN KEY (org_id) REFERENCES org (id),
	CONSTRAINT dir_centre_area_digits CHECK (prefix REGEXP '^[0-9]{1,5}$')
) ENGINE = InnoDB;

-- A bulk load: a pivot file an admin imported, or a run of the generator.
CREATE TABLE dir_import (
	id BIGINT UNSIGNED AUTO_INCREMENT PRIMARY KEY,
	org_id BIGINT UNSIGNED NULL COMMENT 'the importing admin''s organisation; NULL: the operator''s generator',
	user_id BIGINT UNSIGNED NULL,
	kind ENUM('file', 'generator') NOT NULL DEFAULT 'file',
	filename VARCHAR(200) NOT NULL DEFAULT '',
	encoding VARCHAR(16) NOT NULL DEFAULT '',
	separator_char CHAR(1) NOT NULL DEFAULT ',',
	content MEDIUMBLOB NULL COMMENT 'the file until it is imported or discarded',
	state ENUM('preview', 'imported', 'discarded') NOT NULL DEFAULT 'preview',
	line_count INT UNSIGNED NOT NULL DEFAULT 0,
	error_count INT UNSIGNED NOT NULL DEFAULT 0,
	created_count INT UNSIGNED NOT NULL DEFAULT 0,
	invited_count INT UNSIGNED NOT NULL DEFAULT 0,
	created_at DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
	imported_at DATETIME NULL,
	KEY dir_import_org (org_id, created_at),
	CONSTRAINT dir_import_org_fk FOREIGN KEY (org_id) REFERENCES org (id),
	CONSTRAINT dir_import_user_fk FOREIGN KEY (user_id) REFERENCES users (id)
) ENGINE = InnoDB;

CREATE TABLE dir_person (
	id BIGINT UNSIGNED AUTO_INCREMENT PRIMARY KEY,
	type ENUM('health', 'agent', 'other') NOT NULL DEFAULT 'health',
	matricule VARCHAR(16) NULL COMMENT 'the directory''s registration number',
	login VARCHAR(100) NULL COMMENT 'the identifier downstream applications know',
	rpps CHAR(11) NULL,
	adeli CHAR(9) NULL,
	origin ENUM('reference', 'form', 'import', 'admin') NOT NULL,
	import_id BIGINT UNSIGNED NULL,
	origin_ip VARCHAR(45) NULL COMMENT 'the address a public request came from',

	ref_family_name VARCHAR(100) NULL,
	ref_birth_name VARCHAR(100) NULL,
	ref_given_name VARCHAR(100) NULL,
	ref_birth_date DATE NULL,
	ref_profession VARCHAR(16) NULL,
	ref_specialty VARCHAR(16) NULL,
	ref_orientation VARCHAR(16) NULL,
	ref_phone VARCHAR(32) NULL,
	ref_mss VARCHAR(254) NULL COMMENT 'secure-messaging address',
	ref_street_number VARCHAR(10) NULL,
	ref_street_repeat VARCHAR(10) NULL,
	ref_street_type VARCHAR(40) NULL,
	ref_street_label VARCHAR(150) NULL,
	ref_postal_code VARCHAR(5) NULL,
	ref_city VARCHAR(100) NULL,

	ovr_family_name VARCHAR(100) NULL,
	ovr_birth_name VARCHAR(100) NULL,
	ovr_given_name VARCHAR(100) NULL,
	ovr_birth_date DATE NULL,
	ovr_profession VARCHAR(16) NULL,
	ovr_specialty VARCHAR(16) NULL,
	ovr_orientation VARCHAR(16) NULL,
	ovr_phone VARCHAR(32) NULL,
	ovr_mss VARCHAR(254) NULL,
	addr_override TINYINT(1) NOT NULL DEFAULT 0 COMMENT '1: the ovr_ address as a whole',
	ovr_street_number VARCHAR(10) NULL,
	ovr_street_repeat VARCHAR(10) NULL,
	ovr_street_type VARCHAR(40) NULL,
	ovr_street_label VARCHAR(150) NULL,
	ovr_postal_code VARCHAR(5) NULL,
	ovr_city VARCHAR(100) NULL,

	family_name VARCHAR(100) AS (COALESCE(ovr_family_name, ref_family_name)) STORED,
	birth_name VARCHAR(100) AS (COALESCE(ovr_birth_name, ref_birth_name)) STORED,
	given_name VARCHAR(100) AS (COALESCE(ovr_given_name, ref_given_name)) STORED,
	birth_date DATE AS (COALESCE(ovr_birth_date, ref_birth_date)) STORED,
	profession VARCHAR(16) AS (COALESCE(ovr_profession, ref_profession)) STORED,
	specialty VARCHAR(16) AS (COALESCE(ovr_specialty, ref_specialty)) STORED,
	orientation VARCHAR(16) AS (COALESCE(ovr_orientation, ref_orientation)) STORED,
	phone VARCHAR(32) AS (COALESCE(ovr_phone, ref_phone)) STORED,
	mss VARCHAR(254) AS (COALESCE(ovr_mss, ref_mss)) STORED,
	street_number VARCHAR(10) AS (IF(addr_override = 1, ovr_street_number, ref_street_number)) STORED,
	street_repeat VARCHAR(10) AS (IF(addr_override = 1, ovr_street_repeat, ref_street_repeat)) STORED,
	street_type VARCHAR(40) AS (IF(addr_override = 1, ovr_street_type, ref_street_type)) STORED,
	street_label VARCHAR(150) AS (IF(addr_override = 1, ovr_street_label, ref_street_label)) STORED,
	postal_code VARCHAR(5) AS (IF(addr_override = 1, ovr_postal_code, ref_postal_code)) STORED,
	city VARCHAR(100) AS (IF(addr_override = 1, ovr_city, ref_city)) STORED,

	email VARCHAR(254) NULL COMMENT 'main e-mail: the address of the portal account',
	lang CHAR(2) NOT NULL DEFAULT 'fr' COMMENT 'the language of the mail the person gets',
	activity_state ENUM('active', 'inactive') NOT NULL DEFAULT 'active',
	centre_id BIGINT UNSIGNED NULL COMMENT 'the centre whose area holds the postal code',
	user_id BIGINT UNSIGNED NULL COMMENT 'the portal account',
	created_at DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
	updated_at DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
	version INT UNSIGNED NOT NULL DEFAULT 1,

	UNIQUE KEY dir_person_matricule (matricule),
	UNIQUE KEY dir_person_login (login),
	UNIQUE KEY dir_person_rpps (rpps),
	UNIQUE KEY dir_person_user (user_id),
	KEY dir_person_adeli (adeli),
	KEY dir_person_name (family_name, given_name, id),
	KEY dir_person_birth_name (birth_name, given_name, id),
	KEY dir_person_given (given_name, family_name, id),
	KEY dir_person_birth_date (birth_date, id),
	KEY dir_person_profession (profession, family_name, given_name, id),
	KEY dir_person_specialty (specialty, family_name, given_name, id),
	KEY dir_person_orientation (orientation, family_name, given_name, id),
	KEY dir_person_state (activity_state, family_name, given_name, id),
	KEY dir_person_type (type, family_name, given_name, id),
	KEY dir_person_centre (centre_id, family_name, given_name, id),
	KEY dir_person_updated (updated_at, id),
	KEY dir_person_email (email),
	KEY dir_person_postal (postal_code),
	KEY dir_person_import (import_id, id),
	KEY dir_person_origin_ip (origin_ip, created_at),
	CONSTRAINT dir_person_import_fk FOREIGN KEY (import_id) REFERENCES dir_import (id),
	CONSTRAINT dir_person_centre_fk FOREIGN KEY (centre_id) REFERENCES org (id),
	CONSTRAINT dir_person_user_fk FOREIGN KEY (user_id) REFERENCES users (id),
	CONSTRAINT dir_person_ref_profession_fk FOREIGN KEY (ref_profession) REFERENCES dir_profession (code),
	CONSTRAINT dir_person_ovr_profession_fk FOREIGN KEY (ovr_profession) REFERENCES dir_profession (code),
	CONSTRAINT dir_person_ref_specialty_fk FOREIGN KEY (ref_specialty) REFERENCES dir_specialty (code),
	CONSTRAINT dir_person_ovr_specialty_fk FOREIGN KEY (ovr_specialty) REFERENCES dir_specialty (code),
	CONSTRAINT dir_person_ref_orientation_fk FOREIGN KEY (ref_orientation) REFERENCES dir_orientation (code),
	CONSTRAINT dir_person_ovr_orientation_fk FOREIGN KEY (ovr_orientation) REFERENCES dir_orientation (code),
	CONSTRAINT dir_person_rpps_digits CHECK (rpps REGEXP '^[0-9]{11}$'),
	CONSTRAINT dir_person_adeli_digits CHECK (adeli REGEXP '^[0-9]{9}$'),
	CONSTRAINT dir_person_lang CHECK (lang IN ('fr', 'en')),
	CONSTRAINT dir_person_names CHECK (family_name IS NOT NULL AND given_name IS NOT NULL),
	-- An overridden address is a whole one: at least its postal code and
	-- town (a street may be unknown), and nothing of it without the flag.
	CONSTRAINT dir_person_address_whole CHECK (IF(addr_override = 1,
		ovr_postal_code IS NOT NULL AND ovr_city IS NOT NULL,
		COALESCE(ovr_street_number, ovr_street_repeat, ovr_street_type,
		         ovr_street_label, ovr_postal_code, ovr_city) IS NULL))
) ENGINE = InnoDB;

-- Activities: the places a person practises in (structures), from the
-- national reference; admins may set the secure-messaging address of each.
CREATE TABLE dir_activity (
	id BIGINT UNSIGNED AUTO_INCREMENT PRIMARY KEY,
	person_id BIGINT UNSIGNED NOT NULL,
	position INT NOT NULL DEFAULT 1,
	structure VARCHAR(200) NOT NULL,
	finess CHAR(9) NULL COMMENT 'the structure''s national number',
	role VARCHAR(100) NULL COMMENT 'function held there',
	street VARCHAR(200) NULL,
	postal_code VARCHAR(5) NULL,
	city VARCHAR(100) NULL,
	ref_mss VARCHAR(254) NULL,
	ovr_mss VARCHAR(254) NULL,
	mss VARCHAR(254) AS (COALESCE(ovr_mss, ref_mss)) STORED,
	KEY dir_activity_person (person_id, position),
	KEY dir_activity_structure (structure),
	KEY dir_activity_city (city),
	CONSTRAINT dir_activity_person_fk FOREIGN KEY (person_id) REFERENCES dir_person (id)
) ENGINE = InnoDB;
