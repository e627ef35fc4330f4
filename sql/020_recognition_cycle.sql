-- The recognition cycle: evaluations and follow-ups, own-level consideration and recognition
-- decisions, proposals to the parent unit, review meetings with their outcomes, replications.
-- Figures (funnel, compliance) are always computed from these rows, never stored as totals.

CREATE TABLE evaluations (
  model_id INT UNSIGNED NOT NULL PRIMARY KEY,
  rating VARCHAR(16) NOT NULL,
  comment TEXT NOT NULL,
  evaluated_by INT UNSIGNED NOT NULL,
  evaluated_at DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  version INT UNSIGNED NOT NULL DEFAULT 1,
  KEY ix_evaluations_rating (rating),
  CONSTRAINT fk_evaluations_model FOREIGN KEY (model_id) REFERENCES models (id),
  CONSTRAINT fk_evaluations_user FOREIGN KEY (evaluated_by) REFERENCES users (id),
  CONSTRAINT ck_evaluations_rating CHECK (rating IN ('excellent', 'good', 'achieved', 'low'))
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_vietnamese_ci;

-- Models with low results get a follow-up: who acts, what, by when; closed with a note.
CREATE TABLE follow_ups (
  id INT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
  model_id INT UNSIGNED NOT NULL,
  responsible_unit_id INT UNSIGNED NOT NULL,
  action VARCHAR(1000) NOT NULL,
  due_date DATE NOT NULL,
  created_by INT UNSIGNED NOT NULL,
  created_at DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  closed_at DATETIME NULL,
  closed_by INT UNSIGNED NULL,
  closing_note VARCHAR(1000) NULL,
  version INT UNSIGNED NOT NULL DEFAULT 1,
  KEY ix_follow_ups_unit (responsible_unit_id, closed_at, due_date),
  KEY ix_follow_ups_model (model_id),
  CONSTRAINT fk_follow_ups_model FOREIGN KEY (model_id) REFERENCES models (id),
  CONSTRAINT fk_follow_ups_unit FOREIGN KEY (responsible_unit_id) REFERENCES units (id),
  CONSTRAINT fk_follow_ups_created FOREIGN KEY (created_by) REFERENCES users (id),
  CONSTRAINT fk_follow_ups_closed FOREIGN KEY (closed_by) REFERENCES users (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_vietnamese_ci;

-- A unit marks the models it has considered for recognition at its own level.
CREATE TABLE model_considerations (
  model_id INT UNSIGNED NOT NULL PRIMARY KEY,
  unit_id INT UNSIGNED NOT NULL,
  considered_by INT UNSIGNED NOT NULL,
  considered_at DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  KEY ix_considerations_unit (unit_id),
  CONSTRAINT fk_considerations_model FOREIGN KEY (model_id) REFERENCES models (id),
  CONSTRAINT fk_considerations_unit FOREIGN KEY (unit_id) REFERENCES units (id),
  CONSTRAINT fk_considerations_user FOREIGN KEY (considered_by) REFERENCES users (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_vietnamese_ci;

-- A recognition decision of one unit (its own level), or of the parent after a review meeting.
-- issuing_unit_name keeps the name the unit had when it signed, for printing after renames/merges.
CREATE TABLE recognition_decisions (
  id INT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
  unit_id INT UNSIGNED NOT NULL,
  issuing_unit_name VARCHAR(255) NOT NULL,
  level_id TINYINT UNSIGNED NOT NULL,
  year SMALLINT UNSIGNED NOT NULL,
  decision_number VARCHAR(64) NOT NULL,
  decision_date DATE NOT NULL,
  signer_name VARCHAR(255) NOT NULL,
  signer_title VARCHAR(255) NOT NULL,
  review_meeting_id INT UNSIGNED NULL,
  created_by INT UNSIGNED NOT NULL,
  created_at DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  UNIQUE KEY uq_decisions_number (unit_id, decision_number),
  KEY ix_decisions_year_level (year, level_id, unit_id),
  CONSTRAINT fk_decisions_unit FOREIGN KEY (unit_id) REFERENCES units (id),
  CONSTRAINT fk_decisions_level FOREIGN KEY (level_id) REFERENCES levels (id),
  CONSTRAINT fk_decisions_user FOREIGN KEY (created_by) REFERENCES users (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_vietnamese_ci;

-- One row per model recognised by a decision; a model is recognised at most once per level.
CREATE TABLE recognitions (
  id INT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
  decision_id INT UNSIGNED NOT NULL,
  model_id INT UNSIGNED NOT NULL,
  unit_id INT UNSIGNED NOT NULL,
  level_id TINYINT UNSIGNED NOT NULL,
  year SMALLINT UNSIGNED NOT NULL,
  position SMALLINT UNSIGNED NOT NULL DEFAULT 0,
  UNIQUE KEY uq_recognitions_model_level (model_id, level_id),
  KEY ix_recognitions_year (year, level_id, unit_id),
  KEY ix_recognitions_decision (decision_id, position),
  CONSTRAINT fk_recognitions_decision FOREIGN KEY (decision_id) REFERENCES recognition_decisions (id),
  CONSTRAINT fk_recognitions_model FOREIGN KEY (model_id) REFERENCES models (id),
  CONSTRAINT fk_recognitions_unit FOREIGN KEY (unit_id) REFERENCES units (id),
  CONSTRAINT fk_recognitions_level FOREIGN KEY (level_id) REFERENCES levels (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_vietnamese_ci;

-- A proposal of one recognised model from a unit to its parent unit.
-- States: draft, submitted, returned, recognised, not_recognised, withdrawn (domain/proposals.h).
-- live_model_id is the model id while the proposal is alive: one live proposal per model and target.
CREATE TABLE proposals (
  id INT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
  model_id INT UNSIGNED NOT NULL,
  from_unit_id INT UNSIGNED NOT NULL,
  to_unit_id INT UNSIGNED NOT NULL,
  year SMALLINT UNSIGNED NOT NULL,
  state VARCHAR(16) NOT NULL DEFAULT 'draft',
  justification TEXT NOT NULL,
  return_reason VARCHAR(1000) NULL,
  outcome_reason VARCHAR(1000) NULL,
  created_by INT UNSIGNED NOT NULL,
  created_at DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  submitted_at DATETIME NULL,
  decided_at DATETIME NULL,
  version INT UNSIGNED NOT NULL DEFAULT 1,
  live_model_id INT UNSIGNED AS (IF(state = 'withdrawn', NULL, model_id)) PERSISTENT,
  UNIQUE KEY uq_proposals_live (live_model_id, to_unit_id),
  KEY ix_proposals_inbox (to_unit_id, year, state),
  KEY ix_proposals_outbox (from_unit_id, year, state),
  KEY ix_proposals_model (model_id),
  CONSTRAINT fk_proposals_model FOREIGN KEY (model_id) REFERENCES models (id),
  CONSTRAINT fk_proposals_from FOREIGN KEY (from_unit_id) REFERENCES units (id),
  CONSTRAINT fk_proposals_to FOREIGN KEY (to_unit_id) REFERENCES units (id),
  CONSTRAINT fk_proposals_user FOREIGN KEY (created_by) REFERENCES users (id),
  CONSTRAINT ck_proposals_state CHECK (state IN ('draft', 'submitted', 'returned', 'recognised', 'not_recognised', 'withdrawn'))
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_vietnamese_ci;

-- A review meeting of the parent unit (the commission for the province); locked once decided.
CREATE TABLE review_meetings (
  id INT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
  unit_id INT UNSIGNED NOT NULL,
  year SMALLINT UNSIGNED NOT NULL,
  meeting_date DATE NOT NULL,
  place VARCHAR(255) NOT NULL,
  members_present TEXT NOT NULL,
  state VARCHAR(16) NOT NULL DEFAULT 'open',
  decision_id INT UNSIGNED NULL,
  created_by INT UNSIGNED NOT NULL,
  created_at DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  version INT UNSIGNED NOT NULL DEFAULT 1,
  KEY ix_meetings_unit_year (unit_id, year),
  CONSTRAINT fk_meetings_unit FOREIGN KEY (unit_id) REFERENCES units (id),
  CONSTRAINT fk_meetings_decision FOREIGN KEY (decision_id) REFERENCES recognition_decisions (id),
  CONSTRAINT fk_meetings_user FOREIGN KEY (created_by) REFERENCES users (id),
  CONSTRAINT ck_meetings_state CHECK (state IN ('open', 'decided'))
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_vietnamese_ci;

-- The agenda: each proposal considered at a meeting, its outcome and the vote tally.
CREATE TABLE review_items (
  meeting_id INT UNSIGNED NOT NULL,
  proposal_id INT UNSIGNED NOT NULL,
  position SMALLINT UNSIGNED NOT NULL DEFAULT 0,
  outcome VARCHAR(16) NULL,
  reason VARCHAR(1000) NULL,
  votes_for SMALLINT UNSIGNED NULL,
  votes_against SMALLINT UNSIGNED NULL,
  votes_abstain SMALLINT UNSIGNED NULL,
  PRIMARY KEY (meeting_id, proposal_id),
  UNIQUE KEY uq_review_items_proposal (proposal_id),
  CONSTRAINT fk_items_meeting FOREIGN KEY (meeting_id) REFERENCES review_meetings (id),
  CONSTRAINT fk_items_proposal FOREIGN KEY (proposal_id) REFERENCES proposals (id),
  CONSTRAINT ck_items_outcome CHECK (outcome IS NULL OR outcome IN ('recognised', 'not_recognised'))
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_vietnamese_ci;

ALTER TABLE recognition_decisions
  ADD CONSTRAINT fk_decisions_meeting FOREIGN KEY (review_meeting_id) REFERENCES review_meetings (id);

-- Where a recognised model has been replicated: by which unit, in which year.
CREATE TABLE replications (
  id INT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
  model_id INT UNSIGNED NOT NULL,
  unit_id INT UNSIGNED NOT NULL,
  year SMALLINT UNSIGNED NOT NULL,
  note VARCHAR(1000) NOT NULL DEFAULT '',
  created_by INT UNSIGNED NOT NULL,
  created_at DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  UNIQUE KEY uq_replications (model_id, unit_id, year),
  KEY ix_replications_unit (unit_id, year),
  CONSTRAINT fk_replications_model FOREIGN KEY (model_id) REFERENCES models (id),
  CONSTRAINT fk_replications_unit FOREIGN KEY (unit_id) REFERENCES units (id),
  CONSTRAINT fk_replications_user FOREIGN KEY (created_by) REFERENCES users (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_vietnamese_ci;
