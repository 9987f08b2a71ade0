-- "Forgot your password?" requests, answered after the response: the
-- request only records the address, the same for every address, so the
-- time of the answer cannot tell which addresses have an account.
CREATE TABLE reset_request (
	id BIGINT UNSIGNED AUTO_INCREMENT PRIMARY KEY,
	email VARCHAR(254) NOT NULL,
	ip VARCHAR(45) NOT NULL,
	asked_at DATETIME NOT NULL
) ENGINE = InnoDB;
