-- Foundation: levels and units (the hierarchy is data), users, sessions, sign-in attempts, audit log.
-- utf8mb4 with Vietnamese collation everywhere; InnoDB for transactions.

CREATE TABLE levels (
  id TINYINT UNSIGNED NOT NULL PRIMARY KEY,
  code VARCHAR(32) NOT NULL,
  rank_order TINYINT UNSIGNED NOT NULL,
  UNIQUE KEY uq_levels_code (code)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_vietnamese_ci;

INSERT INTO levels (id, code, rank_order) VALUES (1, 'province', 1), (2, 'district', 2), (3, 'grassroots', 3);

CREATE TABLE units (
  id INT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
  code VARCHAR(32) NOT NULL,
  name VARCHAR(255) NOT NULL,
  kind VARCHAR(32) NOT NULL,
  level_id TINYINT UNSIGNED NOT NULL,
  parent_id INT UNSIGNED NULL,
  status VARCHAR(16) NOT NULL DEFAULT 'active',
  merged_into_id INT UNSIGNED NULL,
  created_at DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  closed_at DATE NULL,
  version INT UNSIGNED NOT NULL DEFAULT 1,
  UNIQUE KEY uq_units_code (code),
  KEY ix_units_parent (parent_id, name),
  CONSTRAINT fk_units_level FOREIGN KEY (level_id) REFERENCES levels (id),
  CONSTRAINT fk_units_parent FOREIGN KEY (parent_id) REFERENCES units (id),
  CONSTRAINT fk_units_merged FOREIGN KEY (merged_into_id) REFERENCES units (id),
  CONSTRAINT ck_units_status CHECK (status IN ('active', 'closed', 'merged'))
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_vietnamese_ci;

CREATE TABLE users (
  id INT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
  login VARCHAR(64) NOT NULL,
  password_hash VARCHAR(255) NOT NULL,
  display_name VARCHAR(255) NOT NULL,
  unit_id INT UNSIGNED NOT NULL,
  role VARCHAR(32) NOT NULL,
  lang CHAR(2) NOT NULL DEFAULT 'vi',
  active TINYINT(1) NOT NULL DEFAULT 1,
  must_change_password TINYINT(1) NOT NULL DEFAULT 0,
  created_at DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  password_changed_at DATETIME NULL,
  version INT UNSIGNED NOT NULL DEFAULT 1,
  UNIQUE KEY uq_users_login (login),
  KEY ix_users_unit (unit_id),
  CONSTRAINT fk_users_unit FOREIGN KEY (unit_id) REFERENCES units (id),
  CONSTRAINT ck_users_role CHECK (role IN ('unit_staff', 'unit_head', 'commission_staff', 'admin')),
  CONSTRAINT ck_users_lang CHECK (lang IN ('vi', 'en'))
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_vietnamese_ci;

-- Only the SHA-256 of the cookie's token is stored: a leaked table opens no session.
CREATE TABLE sessions (
  token_hash CHAR(64) CHARACTER SET ascii COLLATE ascii_bin NOT NULL PRIMARY KEY,
  user_id INT UNSIGNED NULL,
  csrf_token CHAR(64) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
  created_at DATETIME NOT NULL,
  last_seen_at DATETIME NOT NULL,
  remote_addr VARCHAR(45) NOT NULL DEFAULT '',
  KEY ix_sessions_user (user_id),
  KEY ix_sessions_seen (last_seen_at),
  CONSTRAINT fk_sessions_user FOREIGN KEY (user_id) REFERENCES users (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_vietnamese_ci;

CREATE TABLE login_attempts (
  id BIGINT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
  login VARCHAR(64) NOT NULL,
  remote_addr VARCHAR(45) NOT NULL,
  succeeded TINYINT(1) NOT NULL,
  attempted_at DATETIME NOT NULL,
  KEY ix_attempts_login (login, attempted_at),
  KEY ix_attempts_addr (remote_addr, attempted_at)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_vietnamese_ci;

-- Every write of the application adds one row here in the same transaction.
CREATE TABLE audit_log (
  id BIGINT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
  at DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  user_id INT UNSIGNED NULL,
  remote_addr VARCHAR(45) NOT NULL DEFAULT '',
  action VARCHAR(64) NOT NULL,
  entity VARCHAR(32) NOT NULL,
  entity_id BIGINT UNSIGNED NULL,
  before_json MEDIUMTEXT NULL,
  after_json MEDIUMTEXT NULL,
  KEY ix_audit_entity (entity, entity_id, at),
  KEY ix_audit_user (user_id, at),
  KEY ix_audit_at (at)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_vietnamese_ci;
