-- Models ("Dân vận khéo"), their indicators and their attachments (evidence, photos, scans).
-- A model keeps the name its unit had when it was registered, so it prints under the name of its
-- time after units are renamed or merged. search_folded is title + person + that unit name without
-- Vietnamese diacritics (domain::fold_vietnamese), kept up to date by store::ModelStore on every write.
-- status values live in domain/models.h (a later issue adds the recognition cycle's states).

CREATE TABLE models (
  id INT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
  year SMALLINT UNSIGNED NOT NULL,
  unit_id INT UNSIGNED NOT NULL,
  unit_name_at_registration VARCHAR(255) NOT NULL,
  title VARCHAR(500) NOT NULL,
  kind VARCHAR(16) NOT NULL,
  person_name VARCHAR(255) NOT NULL DEFAULT '',
  person_position VARCHAR(255) NOT NULL DEFAULT '',
  field_id SMALLINT UNSIGNED NOT NULL,
  summary TEXT NOT NULL,
  content MEDIUMTEXT NOT NULL,
  start_date DATE NULL,
  status VARCHAR(32) NOT NULL DEFAULT 'registered',
  carried_from_id INT UNSIGNED NULL,
  search_folded VARCHAR(1100) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL DEFAULT '',
  created_by INT UNSIGNED NOT NULL,
  created_at DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  updated_at DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP ON UPDATE CURRENT_TIMESTAMP,
  version INT UNSIGNED NOT NULL DEFAULT 1,
  -- The list's filters and sort orders: a year (the usual case) or a unit first, then the sort column.
  KEY ix_models_year_unit (year, unit_id),
  KEY ix_models_unit_year (unit_id, year),
  KEY ix_models_field (field_id, year),
  KEY ix_models_status (status, year),
  KEY ix_models_year_title (year, title),
  KEY ix_models_year_unitname (year, unit_name_at_registration),
  KEY ix_models_title (title),
  KEY ix_models_carried (carried_from_id),
  KEY ix_models_created_by (created_by),
  CONSTRAINT fk_models_unit FOREIGN KEY (unit_id) REFERENCES units (id),
  CONSTRAINT fk_models_field FOREIGN KEY (field_id) REFERENCES fields (id),
  CONSTRAINT fk_models_carried FOREIGN KEY (carried_from_id) REFERENCES models (id),
  CONSTRAINT fk_models_created_by FOREIGN KEY (created_by) REFERENCES users (id),
  CONSTRAINT ck_models_kind CHECK (kind IN ('collective', 'individual')),
  CONSTRAINT ck_models_person CHECK (kind = 'collective' OR person_name <> ''),
  CONSTRAINT ck_models_year CHECK (year BETWEEN 2000 AND 2100)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_vietnamese_ci;

-- Indicators: a target set at registration, the achieved value filled in at evaluation (NULL until then).
CREATE TABLE model_indicators (
  id INT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
  model_id INT UNSIGNED NOT NULL,
  position SMALLINT UNSIGNED NOT NULL,
  name VARCHAR(500) NOT NULL,
  unit_of_measure VARCHAR(64) NOT NULL DEFAULT '',
  target DECIMAL(14,2) NOT NULL,
  achieved DECIMAL(14,2) NULL,
  UNIQUE KEY uq_indicators_model_position (model_id, position),
  CONSTRAINT fk_indicators_model FOREIGN KEY (model_id) REFERENCES models (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_vietnamese_ci;

-- Attachments live in the database (one backup holds everything), checksummed, size-limited by the program.
CREATE TABLE attachments (
  id INT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
  model_id INT UNSIGNED NOT NULL,
  filename VARCHAR(255) NOT NULL,
  content_type VARCHAR(128) NOT NULL,
  size_bytes INT UNSIGNED NOT NULL,
  sha256 CHAR(64) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
  data LONGBLOB NOT NULL,
  uploaded_by INT UNSIGNED NOT NULL,
  uploaded_at DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  KEY ix_attachments_model (model_id, id),
  KEY ix_attachments_user (uploaded_by),
  CONSTRAINT fk_attachments_model FOREIGN KEY (model_id) REFERENCES models (id),
  CONSTRAINT fk_attachments_user FOREIGN KEY (uploaded_by) REFERENCES users (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_vietnamese_ci;
