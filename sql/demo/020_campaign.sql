-- Demo campaign: Directive No. 08-CT/BDVTU of the Bình Thuận provincial Mass Mobilisation Commission
-- on the "Dân vận khéo" movement 2021–2025 (the current one), with the 2023 and 2024 schedules:
-- registration by 31/03, grassroots recognition by 31/10, district recognition by 30/11,
-- proposals to the province by 15/12, provincial recognition by 31/12.
-- Loaded by `dvkctl demo-load` on the first `make run`, never by a production install's migrations.

INSERT INTO campaigns (directive_number, title, issuing_body, start_year, end_year, is_current) VALUES
  ('08-CT/BDVTU', 'Về đẩy mạnh phong trào thi đua "Dân vận khéo" giai đoạn 2021 - 2025',
   'Ban Dân vận Tỉnh ủy Bình Thuận', 2021, 2025, 1);

INSERT INTO campaign_years (campaign_id, year, registration_deadline, proposal_deadline)
SELECT c.id, v.year, v.registration_deadline, v.proposal_deadline
  FROM (SELECT 2023 AS year, DATE '2023-03-31' AS registration_deadline, DATE '2023-12-15' AS proposal_deadline
        UNION ALL SELECT 2024, DATE '2024-03-31', DATE '2024-12-15') v
  JOIN campaigns c ON c.directive_number = '08-CT/BDVTU';

INSERT INTO recognition_deadlines (campaign_year_id, level_id, deadline)
SELECT y.id, l.id, STR_TO_DATE(CONCAT(y.year, v.month_day), '%Y-%m-%d')
  FROM campaign_years y
  JOIN campaigns c ON c.id = y.campaign_id AND c.directive_number = '08-CT/BDVTU'
  JOIN (SELECT 'grassroots' AS level, '-10-31' AS month_day
        UNION ALL SELECT 'district', '-11-30'
        UNION ALL SELECT 'province', '-12-31') v
  JOIN levels l ON l.code = v.level;
