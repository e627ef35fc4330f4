-- Administration: the unit tree's closure (for "a unit with its subtree" in one indexed join),
-- the names a unit has had (records print under the name of their time), fields, campaigns,
-- yearly schedules with per-level recognition deadlines, and deadline extensions on the record.

CREATE TABLE unit_closure (
  ancestor_id INT UNSIGNED NOT NULL,
  descendant_id INT UNSIGNED NOT NULL,
  depth TINYINT UNSIGNED NOT NULL,
  PRIMARY KEY (ancestor_id, descendant_id),
  KEY ix_closure_descendant (descendant_id, depth),
  CONSTRAINT fk_closure_ancestor FOREIGN KEY (ancestor_id) REFERENCES units (id),
  CONSTRAINT fk_closure_descendant FOREIGN KEY (descendant_id) REFERENCES units (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_vietnamese_ci;

INSERT INTO unit_closure (ancestor_id, descendant_id, depth)
WITH RECURSIVE tree (ancestor_id, descendant_id, depth) AS (
  SELECT id, id, 0 FROM units
  UNION ALL
  SELECT t.ancestor_id, u.id, t.depth + 1 FROM tree t JOIN units u ON u.parent_id = t.descendant_id
)
SELECT ancestor_id, descendant_id, depth FROM tree;

CREATE TABLE unit_names (
  id INT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
  unit_id INT UNSIGNED NOT NULL,
  name VARCHAR(255) NOT NULL,
  valid_from DATE NOT NULL,
  valid_to DATE NULL,
  KEY ix_unit_names_unit (unit_id, valid_from),
  CONSTRAINT fk_unit_names_unit FOREIGN KEY (unit_id) REFERENCES units (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_vietnamese_ci;

INSERT INTO unit_names (unit_id, name, valid_from) SELECT id, name, DATE(created_at) FROM units;

CREATE TABLE fields (
  id SMALLINT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
  code VARCHAR(32) NOT NULL,
  name_vi VARCHAR(255) NOT NULL,
  name_en VARCHAR(255) NOT NULL,
  sort_order SMALLINT NOT NULL DEFAULT 0,
  retired TINYINT(1) NOT NULL DEFAULT 0,
  version INT UNSIGNED NOT NULL DEFAULT 1,
  UNIQUE KEY uq_fields_code (code)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_vietnamese_ci;

-- The default field list of Directive No. 08; reference data every install needs.
INSERT INTO fields (code, name_vi, name_en, sort_order) VALUES
  ('economy', 'Kinh tế', 'Economy', 1),
  ('culture_society', 'Văn hóa - xã hội', 'Culture and society', 2),
  ('defence_security', 'Quốc phòng - an ninh', 'Defence and security', 3),
  ('political_system', 'Xây dựng hệ thống chính trị', 'Building the political system', 4);

CREATE TABLE campaigns (
  id INT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
  directive_number VARCHAR(64) NOT NULL,
  title VARCHAR(500) NOT NULL,
  issuing_body VARCHAR(255) NOT NULL,
  start_year SMALLINT UNSIGNED NOT NULL,
  end_year SMALLINT UNSIGNED NOT NULL,
  is_current TINYINT(1) NOT NULL DEFAULT 0,
  version INT UNSIGNED NOT NULL DEFAULT 1,
  CONSTRAINT ck_campaign_years CHECK (end_year >= start_year)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_vietnamese_ci;

CREATE TABLE campaign_years (
  id INT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
  campaign_id INT UNSIGNED NOT NULL,
  year SMALLINT UNSIGNED NOT NULL,
  registration_deadline DATE NOT NULL,
  proposal_deadline DATE NOT NULL,
  version INT UNSIGNED NOT NULL DEFAULT 1,
  UNIQUE KEY uq_campaign_years_year (year),
  KEY ix_campaign_years_campaign (campaign_id, year),
  CONSTRAINT fk_campaign_years_campaign FOREIGN KEY (campaign_id) REFERENCES campaigns (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_vietnamese_ci;

-- Each level recognises by its own deadline (grassroots first, then district, then province).
CREATE TABLE recognition_deadlines (
  campaign_year_id INT UNSIGNED NOT NULL,
  level_id TINYINT UNSIGNED NOT NULL,
  deadline DATE NOT NULL,
  PRIMARY KEY (campaign_year_id, level_id),
  CONSTRAINT fk_recdl_year FOREIGN KEY (campaign_year_id) REFERENCES campaign_years (id),
  CONSTRAINT fk_recdl_level FOREIGN KEY (level_id) REFERENCES levels (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_vietnamese_ci;

-- An extension moves one deadline for one unit (or, with unit_id NULL, for all), with a reason.
CREATE TABLE deadline_extensions (
  id INT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
  campaign_year_id INT UNSIGNED NOT NULL,
  deadline_kind VARCHAR(16) NOT NULL,
  level_id TINYINT UNSIGNED NULL,
  unit_id INT UNSIGNED NULL,
  new_deadline DATE NOT NULL,
  reason VARCHAR(1000) NOT NULL,
  granted_by INT UNSIGNED NOT NULL,
  granted_at DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  KEY ix_ext_year (campaign_year_id, deadline_kind, unit_id),
  CONSTRAINT fk_ext_year FOREIGN KEY (campaign_year_id) REFERENCES campaign_years (id),
  CONSTRAINT fk_ext_unit FOREIGN KEY (unit_id) REFERENCES units (id),
  CONSTRAINT fk_ext_user FOREIGN KEY (granted_by) REFERENCES users (id),
  CONSTRAINT ck_ext_kind CHECK (deadline_kind IN ('registration', 'recognition', 'proposal'))
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_vietnamese_ci;
