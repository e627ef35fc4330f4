-- One-time form nonces: a create form carries one; the write records it in the same transaction,
-- so a resubmit after a lost answer (a 503 while the commit went through) finds the record
-- already made instead of making it twice.
CREATE TABLE form_submissions (
  nonce CHAR(32) CHARACTER SET ascii COLLATE ascii_bin NOT NULL PRIMARY KEY,
  user_id INT UNSIGNED NOT NULL,
  location VARCHAR(255) NOT NULL,
  created_at DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  KEY ix_form_submissions_created (created_at),
  CONSTRAINT fk_form_submissions_user FOREIGN KEY (user_id) REFERENCES users (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_vietnamese_ci;
