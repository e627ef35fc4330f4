-- The models one create form made when it made several (a CSV import): sending the same form
-- again shows them (GET /models/import?done=KEY) instead of importing the file twice.
-- nonce is form_submissions' key; both go when the nonce is swept.
CREATE TABLE form_submission_models (
  nonce CHAR(32) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
  line INT UNSIGNED NOT NULL,
  model_id INT UNSIGNED NOT NULL,
  PRIMARY KEY (nonce, line),
  KEY ix_form_submission_models_model (model_id),
  CONSTRAINT fk_form_submission_models_nonce FOREIGN KEY (nonce) REFERENCES form_submissions (nonce) ON DELETE CASCADE,
  CONSTRAINT fk_form_submission_models_model FOREIGN KEY (model_id) REFERENCES models (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_vietnamese_ci;
