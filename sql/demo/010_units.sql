-- Demo hierarchy: the Bình Thuận provincial commission, its 14 district-level units
-- (10 districts, town and city; 4 affiliated party committees) and a few grassroots units.
-- The closure and name history rows are added at the end, as the pages add them for new units.
-- Loaded by `dvkctl demo-load` on the first `make run`, never by a production install's migrations.

INSERT INTO units (code, name, kind, level_id, parent_id) VALUES
  ('BT', 'Ban Dân vận Tỉnh ủy Bình Thuận', 'province_commission', 1, NULL);

INSERT INTO units (code, name, kind, level_id, parent_id)
SELECT v.code, v.name, v.kind, 2, p.id
  FROM (SELECT 'PT' AS code, 'Thành ủy Phan Thiết' AS name, 'city' AS kind
        UNION ALL SELECT 'LG', 'Thị ủy La Gi', 'town'
        UNION ALL SELECT 'TP', 'Huyện ủy Tuy Phong', 'district'
        UNION ALL SELECT 'BB', 'Huyện ủy Bắc Bình', 'district'
        UNION ALL SELECT 'HTB', 'Huyện ủy Hàm Thuận Bắc', 'district'
        UNION ALL SELECT 'HTN', 'Huyện ủy Hàm Thuận Nam', 'district'
        UNION ALL SELECT 'HT', 'Huyện ủy Hàm Tân', 'district'
        UNION ALL SELECT 'TL', 'Huyện ủy Tánh Linh', 'district'
        UNION ALL SELECT 'DL', 'Huyện ủy Đức Linh', 'district'
        UNION ALL SELECT 'PQ', 'Huyện ủy Phú Quý', 'district'
        UNION ALL SELECT 'CA', 'Đảng ủy Công an tỉnh', 'affiliated'
        UNION ALL SELECT 'QS', 'Đảng ủy Quân sự tỉnh', 'affiliated'
        UNION ALL SELECT 'BP', 'Đảng ủy Bộ đội Biên phòng tỉnh', 'affiliated'
        UNION ALL SELECT 'KCQ', 'Đảng ủy Khối các cơ quan và doanh nghiệp tỉnh', 'affiliated') v
  JOIN units p ON p.code = 'BT';

INSERT INTO units (code, name, kind, level_id, parent_id)
SELECT v.code, v.name, v.kind, 3, p.id
  FROM (SELECT 'PT' AS parent, 'PT-PHUTHUY' AS code, 'Đảng ủy phường Phú Thủy' AS name, 'ward' AS kind
        UNION ALL SELECT 'PT', 'PT-DUCNGHIA', 'Đảng ủy phường Đức Nghĩa', 'ward'
        UNION ALL SELECT 'PT', 'PT-TIENLOI', 'Đảng ủy xã Tiến Lợi', 'commune'
        UNION ALL SELECT 'HTB', 'HTB-HAMCHINH', 'Đảng ủy xã Hàm Chính', 'commune'
        UNION ALL SELECT 'HTB', 'HTB-MALAM', 'Đảng ủy thị trấn Ma Lâm', 'commune'
        UNION ALL SELECT 'DL', 'DL-VOXU', 'Đảng ủy thị trấn Võ Xu', 'commune'
        UNION ALL SELECT 'TP', 'TP-LIENHUONG', 'Đảng ủy thị trấn Liên Hương', 'commune'
        UNION ALL SELECT 'TP', 'TP-PHONGPHU', 'Đảng ủy xã Phong Phú', 'commune') v
  JOIN units p ON p.code = v.parent;
INSERT INTO unit_closure (ancestor_id, descendant_id, depth)
WITH RECURSIVE tree (ancestor_id, descendant_id, depth) AS (
  SELECT id, id, 0 FROM units
  UNION ALL
  SELECT t.ancestor_id, u.id, t.depth + 1 FROM tree t JOIN units u ON u.parent_id = t.descendant_id
)
SELECT ancestor_id, descendant_id, depth FROM tree
 WHERE NOT EXISTS (SELECT 1 FROM unit_closure c WHERE c.ancestor_id = tree.ancestor_id AND c.descendant_id = tree.descendant_id);

INSERT INTO unit_names (unit_id, name, valid_from)
SELECT u.id, u.name, DATE(u.created_at) FROM units u WHERE NOT EXISTS (SELECT 1 FROM unit_names n WHERE n.unit_id = u.id);
