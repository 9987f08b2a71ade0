-- 032: the change feed downstream applications poll. Every transaction
-- that creates or changes a person writes one dir_change row per person,
-- with a copy of the effective values at that moment, under a sequence
-- number taken from dir_feed_seq just before it commits. The counter row
-- stays locked until the commit, so numbers are handed out in commit order
-- and a reader that has seen number N has already seen every number below
-- it: a cursor never skips a change that commits late.

CREATE TABLE dir_feed_seq (
	id TINYINT UNSIGNED PRIMARY KEY,
	last BIGINT UNSIGNED NOT NULL
) ENGINE = InnoDB;

INSERT INTO dir_feed_seq (id, last) VALUES (1, 0);

CREATE TABLE dir_change (
	seq BIGINT UNSIGNED PRIMARY KEY,
	person_id BIGINT UNSIGNED NOT NULL,
	kind ENUM('created', 'updated') NOT NULL,
	at DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
	type VARCHAR(16) NOT NULL,
	matricule VARCHAR(16) NULL,
	login VARCHAR(100) NULL,
	rpps CHAR(11) NULL,
	adeli CHAR(9) NULL,
	family_name VARCHAR(100) NULL,
	birth_name VARCHAR(100) NULL,
	given_name VARCHAR(100) NULL,
	birth_date DATE NULL,
	profession VARCHAR(16) NULL,
	specialty VARCHAR(16) NULL,
	orientation VARCHAR(16) NULL,
	email VARCHAR(254) NULL,
	phone VARCHAR(32) NULL,
	mss VARCHAR(254) NULL,
	street_number VARCHAR(10) NULL,
	street_repeat VARCHAR(10) NULL,
	street_type VARCHAR(40) NULL,
	street_label VARCHAR(150) NULL,
	postal_code VARCHAR(5) NULL,
	city VARCHAR(100) NULL,
	activity_state VARCHAR(16) NOT NULL,
	access VARCHAR(2000) NULL COMMENT 'CODE:state pairs separated by spaces',
	KEY dir_change_person (person_id, seq)
) ENGINE = InnoDB;

CREATE TABLE dir_change_activity (
	seq BIGINT UNSIGNED NOT NULL,
	position INT NOT NULL,
	activity_id BIGINT UNSIGNED NOT NULL,
	structure VARCHAR(200) NOT NULL,
	finess CHAR(9) NULL,
	role VARCHAR(100) NULL,
	street VARCHAR(200) NULL,
	postal_code VARCHAR(5) NULL,
	city VARCHAR(100) NULL,
	mss VARCHAR(254) NULL,
	PRIMARY KEY (seq, position, activity_id),
	CONSTRAINT dir_change_activity_seq_fk FOREIGN KEY (seq) REFERENCES dir_change (seq)
) ENGINE = InnoDB;

-- Downstream applications: each has its own API token, kept as SHA-256.
CREATE TABLE dir_app (
	id BIGINT UNSIGNED AUTO_INCREMENT PRIMARY KEY,
	name VARCHAR(100) NOT NULL,
	token_hash BINARY(32) NOT NULL,
	created_at DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
	created_by BIGINT UNSIGNED NULL,
	revoked_at DATETIME NULL,
	last_used_at DATETIME NULL,
	last_cursor BIGINT UNSIGNED NULL,
	version INT UNSIGNED NOT NULL DEFAULT 1,
	UNIQUE KEY dir_app_name (name),
	UNIQUE KEY dir_app_token (token_hash),
	CONSTRAINT dir_app_created_by_fk FOREIGN KEY (created_by) REFERENCES users (id)
) ENGINE = InnoDB;

