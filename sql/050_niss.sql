-- 050: the national number of an account (Belgian NISS / INSZ), eleven
-- digits, normalised; unique. Set by an admin on /user and by the user on
-- /account/niss; the certificate login (051) maps a certificate to it.

ALTER TABLE users
	ADD COLUMN niss CHAR(11) NULL COMMENT 'national number, 11 digits',
	ADD UNIQUE KEY users_niss (niss);
