// Demo models: the 746 models registered in 2023 by Bình Thuận's 14 district-level units (DOMAIN.md),
// a few grassroots ones and a few carried into 2024; deterministic, written through the stores so
// that the folded search column and the audit rows are exactly what the pages would write.
#include "tools/dvkctl/demo_models.h"

#include <map>
#include <ostream>
#include <stdexcept>

#include "core/db.h"
#include "domain/models.h"
#include "store/model_store.h"
#include "store/unit_store.h"
#include "store/user_store.h"

namespace {

// A small fixed-seed generator (xorshift64*): the same data on every machine and library version.
class Random {
public:
    explicit Random(uint64_t seed) : s_(seed) {}
    uint64_t next()
    {
        s_ ^= s_ >> 12;
        s_ ^= s_ << 25;
        s_ ^= s_ >> 27;
        return s_ * 0x2545F4914F6CDD1DULL;
    }
    int between(int lo, int hi) { return lo + static_cast<int>(next() % static_cast<uint64_t>(hi - lo + 1)); }
    template <class T, size_t N>
    const T& pick(const T (&items)[N])
    {
        return items[next() % N];
    }

private:
    uint64_t s_;
};

struct IndicatorIdea {
    const char *name, *unit;
    int lo, hi;
};

// A kind of model the seeds describe, with the indicators such a model is measured by.
struct Theme {
    const char* field;
    const char* title;
    const char* summary;
    IndicatorIdea indicators[3];
};

const Theme kThemes[] = {
    {"economy", "Mỗi chi bộ giúp đỡ một hộ thoát nghèo bền vững",
     "Mỗi chi bộ nhận đỡ đầu ít nhất một hộ nghèo, hỗ trợ sinh kế và theo dõi đến khi thoát nghèo bền vững.",
     {{"Số hộ thoát nghèo", "hộ", 3, 40}, {"Số chi bộ tham gia", "chi bộ", 5, 30}, {nullptr, nullptr, 0, 0}}},
    {"economy", "Năm đảng viên giúp một hộ thoát nghèo",
     "Nhóm năm đảng viên phân công giúp đỡ một hộ nghèo về vốn, giống, kỹ thuật và việc làm.",
     {{"Số hộ thoát nghèo", "hộ", 10, 273}, {"Số đảng viên tham gia", "đảng viên", 20, 200}, {nullptr, nullptr, 0, 0}}},
    {"economy", "Quân đội chung tay vì người nghèo",
     "Lực lượng vũ trang phối hợp cấp ủy, chính quyền địa phương hỗ trợ nhà ở và sinh kế cho hộ nghèo.",
     {{"Số nhà tình nghĩa, nhà đồng đội được xây", "căn", 1, 10}, {"Số hộ được hỗ trợ sinh kế", "hộ", 5, 50}, {nullptr, nullptr, 0, 0}}},
    {"economy", "Vận động người nộp thuế kê khai trung thực giá chuyển nhượng bất động sản",
     "Tuyên truyền, đối thoại với người nộp thuế để kê khai đúng giá chuyển nhượng, chống thất thu ngân sách.",
     {{"Tỷ lệ hồ sơ kê khai đúng giá", "%", 80, 100}, {"Số buổi đối thoại với người nộp thuế", "buổi", 4, 24}, {nullptr, nullptr, 0, 0}}},
    {"economy", "Dân vận khéo trong xây dựng nông thôn mới nâng cao",
     "Vận động nhân dân hiến đất, góp công làm đường giao thông nông thôn và kênh mương nội đồng.",
     {{"Số mét đường bê tông được làm mới", "m", 500, 6000}, {"Số hộ hiến đất", "hộ", 10, 120}, {"Số thôn đạt chuẩn nông thôn mới kiểu mẫu", "thôn", 1, 6}}},
    {"economy", "Liên kết sản xuất thanh long theo chuỗi giá trị",
     "Vận động nông dân liên kết với hợp tác xã, doanh nghiệp sản xuất thanh long theo tiêu chuẩn VietGAP.",
     {{"Diện tích thanh long đạt chuẩn VietGAP", "ha", 10, 200}, {"Số hộ tham gia liên kết", "hộ", 15, 150}, {nullptr, nullptr, 0, 0}}},
    {"economy", "Thanh toán không dùng tiền mặt tại chợ truyền thống",
     "Hướng dẫn tiểu thương mở tài khoản, dùng mã QR thanh toán; chuyển đổi số trong buôn bán nhỏ.",
     {{"Số tiểu thương dùng mã QR", "tiểu thương", 30, 400}, {nullptr, nullptr, 0, 0}, {nullptr, nullptr, 0, 0}}},
    {"culture_society", "Giúp em đến trường - Con nuôi đồn Biên phòng",
     "Mỗi đồn biên phòng nhận đỡ đầu học sinh nghèo, hỗ trợ học phí, sách vở và kèm cặp đến hết phổ thông.",
     {{"Số học sinh được nhận đỡ đầu", "học sinh", 5, 40}, {"Tỷ lệ học sinh lên lớp", "%", 90, 100}, {nullptr, nullptr, 0, 0}}},
    {"culture_society", "Số hóa di tích lịch sử và danh lam thắng cảnh",
     "Đoàn viên thanh niên chụp ảnh, thuyết minh, gắn mã QR tại các di tích để người dân và du khách tra cứu.",
     {{"Số di tích được số hóa", "di tích", 5, 40}, {"Lượt truy cập mỗi tháng", "lượt", 500, 6000}, {nullptr, nullptr, 0, 0}}},
    {"culture_society", "Lớp bổ túc trung học cơ sở cho trưởng thôn và người có uy tín trong tôn giáo",
     "Mở lớp bổ túc văn hóa buổi tối cho trưởng thôn, chức sắc, tín đồ tôn giáo chưa tốt nghiệp trung học cơ sở.",
     {{"Số học viên tốt nghiệp", "học viên", 10, 56}, {"Tỷ lệ học viên dự đủ buổi", "%", 85, 100}, {nullptr, nullptr, 0, 0}}},
    {"culture_society", "Phân loại rác thải tại nguồn",
     "Vận động hộ gia đình phân loại rác hữu cơ, tái chế; hội phụ nữ thu gom phế liệu gây quỹ giúp hộ khó khăn.",
     {{"Số hộ phân loại rác tại nguồn", "hộ", 100, 1500}, {"Số tổ thu gom phế liệu", "tổ", 2, 20}, {nullptr, nullptr, 0, 0}}},
    {"culture_society", "Tuyến đường xanh - sạch - đẹp, nói không với rác thải nhựa",
     "Mỗi đoàn thể nhận một tuyến đường, trồng cây, vệ sinh định kỳ, vận động hạn chế túi ni lông.",
     {{"Số tuyến đường được nhận chăm sóc", "tuyến", 2, 15}, {"Số cây xanh được trồng", "cây", 100, 2000}, {nullptr, nullptr, 0, 0}}},
    {"culture_society", "Bảo tồn văn hóa truyền thống đồng bào Chăm, Raglai",
     "Phục dựng lễ hội, mở lớp dạy chữ Chăm, dạy nghề dệt thổ cẩm cho thanh thiếu niên đồng bào dân tộc.",
     {{"Số lớp truyền dạy được mở", "lớp", 1, 8}, {"Số thanh thiếu niên tham gia", "người", 20, 200}, {nullptr, nullptr, 0, 0}}},
    {"defence_security", "Dân vận khéo ở vùng đồng bào dân tộc thiểu số",
     "Cán bộ công an bám địa bàn, cùng ăn, cùng ở, cùng làm với đồng bào; nắm tình hình, giải quyết mâu thuẫn từ cơ sở.",
     {{"Số vụ mâu thuẫn được hòa giải thành", "vụ", 5, 60}, {"Số buổi tuyên truyền pháp luật", "buổi", 6, 48}, {nullptr, nullptr, 0, 0}}},
    {"defence_security", "Lực lượng vũ trang tăng cường đoàn kết với đồng bào dân tộc và tôn giáo",
     "Tổ công tác dân vận của lực lượng vũ trang phối hợp chức sắc tôn giáo, già làng vận động đồng bào chấp hành pháp luật.",
     {{"Số cơ sở tôn giáo phối hợp", "cơ sở", 2, 25}, {"Số ngày công giúp dân", "ngày công", 100, 1500}, {nullptr, nullptr, 0, 0}}},
    {"defence_security", "Camera an ninh kết nối cộng đồng",
     "Vận động nhân dân, doanh nghiệp đóng góp lắp camera tại các tuyến đường, kết nối với công an xã.",
     {{"Số camera được lắp đặt", "camera", 10, 150}, {"Tỷ lệ giảm vụ việc trộm cắp", "%", 10, 50}, {nullptr, nullptr, 0, 0}}},
    {"defence_security", "Tổ tàu thuyền an toàn, tự quản an ninh trật tự trên biển",
     "Ngư dân tổ chức tổ đoàn kết trên biển, hỗ trợ nhau khi gặp nạn, không khai thác hải sản bất hợp pháp.",
     {{"Số tổ đoàn kết được thành lập", "tổ", 2, 30}, {"Số tàu cá lắp thiết bị giám sát hành trình", "tàu", 20, 300}, {nullptr, nullptr, 0, 0}}},
    {"defence_security", "Khu dân cư an toàn về an ninh trật tự",
     "Mỗi khu phố có tổ an ninh tự quản; gia đình cam kết không có người vi phạm pháp luật, tệ nạn xã hội.",
     {{"Số khu dân cư đạt chuẩn an toàn", "khu dân cư", 2, 20}, {"Số hộ ký cam kết", "hộ", 100, 2000}, {nullptr, nullptr, 0, 0}}},
    {"political_system", "Sổ tay đảng viên điện tử",
     "Hướng dẫn đảng viên cài đặt, sử dụng Sổ tay đảng viên điện tử để học tập nghị quyết và sinh hoạt chi bộ.",
     {{"Tỷ lệ đảng viên cài đặt", "% đảng viên", 80, 100}, {"Lượt đăng nhập hằng tháng", "lượt", 500, 5413}, {nullptr, nullptr, 0, 0}}},
    {"political_system", "Xóa thôn không có chi bộ, không có đảng viên",
     "Phát triển đảng viên tại thôn chưa có chi bộ; mỗi thôn có chi bộ sinh hoạt riêng.",
     {{"Số thôn có chi bộ", "thôn", 3, 115}, {"Số đảng viên mới được kết nạp", "đảng viên", 5, 40}, {nullptr, nullptr, 0, 0}}},
    {"political_system", "Dân vận chính quyền trong cải cách thủ tục hành chính",
     "Bộ phận một cửa niêm yết công khai, hướng dẫn tận tình; khảo sát mức độ hài lòng của người dân.",
     {{"Tỷ lệ hồ sơ giải quyết đúng hạn", "%", 95, 100}, {"Tỷ lệ người dân hài lòng", "%", 85, 100}, {nullptr, nullptr, 0, 0}}},
    {"political_system", "Nâng cao chất lượng sinh hoạt chi bộ",
     "Đổi mới nội dung sinh hoạt chi bộ, mỗi kỳ có chuyên đề gắn với nhiệm vụ dân vận của địa phương.",
     {{"Số chi bộ sinh hoạt chuyên đề hằng quý", "chi bộ", 5, 40}, {"Tỷ lệ đảng viên dự sinh hoạt", "% đảng viên", 90, 100}, {nullptr, nullptr, 0, 0}}},
    {"political_system", "Cán bộ, đảng viên gương mẫu nơi cư trú",
     "Đảng viên đăng ký việc làm cụ thể ở nơi cư trú, được chi bộ và ban công tác mặt trận khu dân cư nhận xét.",
     {{"Số đảng viên đăng ký việc làm cụ thể", "đảng viên", 20, 300}, {nullptr, nullptr, 0, 0}, {nullptr, nullptr, 0, 0}}},
    {"political_system", "Tiếp dân, đối thoại trực tiếp với nhân dân",
     "Bí thư, chủ tịch định kỳ đối thoại với nhân dân, giải quyết dứt điểm kiến nghị ngay từ cơ sở.",
     {{"Số buổi đối thoại", "buổi", 4, 24}, {"Tỷ lệ kiến nghị được giải quyết", "%", 85, 100}, {nullptr, nullptr, 0, 0}}},
};

// Each district-level unit of the demo, how many models it registered in 2023 (together 746, as
// in DOMAIN.md), and the places or sub-units its models are built in.
struct DemoUnit {
    const char* code;
    int models_2023;
    const char* places[6];
};

const DemoUnit kDistrictUnits[] = {
    {"PT", 78, {"phường Phú Thủy", "phường Đức Nghĩa", "xã Tiến Lợi", "phường Mũi Né", "phường Hàm Tiến", "xã Thiện Nghiệp"}},
    {"LG", 56, {"phường Phước Hội", "phường Tân An", "xã Tân Bình", "xã Tân Hải", "phường Bình Tân", "xã Tân Phước"}},
    {"TP", 54, {"thị trấn Liên Hương", "xã Phong Phú", "xã Phan Dũng", "xã Vĩnh Hảo", "thị trấn Phan Rí Cửa", "xã Chí Công"}},
    {"BB", 58, {"xã Phan Sơn", "xã Phan Lâm", "xã Sông Lũy", "thị trấn Chợ Lầu", "xã Hải Ninh", "xã Bình An"}},
    {"HTB", 62, {"xã Hàm Chính", "thị trấn Ma Lâm", "xã Đông Giang", "xã La Dạ", "xã Hàm Phú", "xã Thuận Minh"}},
    {"HTN", 55, {"xã Hàm Minh", "xã Tân Lập", "xã Hàm Cần", "xã Mỹ Thạnh", "thị trấn Thuận Nam", "xã Tân Thuận"}},
    {"HT", 50, {"xã Sơn Mỹ", "xã Tân Thắng", "thị trấn Tân Minh", "xã Thắng Hải", "xã Tân Đức", "xã Tân Phúc"}},
    {"TL", 52, {"thị trấn Lạc Tánh", "xã Đức Thuận", "xã La Ngâu", "xã Gia Huynh", "xã Măng Tố", "xã Đồng Kho"}},
    {"DL", 49, {"thị trấn Võ Xu", "thị trấn Đức Tài", "xã Trà Tân", "xã Đa Kai", "xã Sùng Nhơn", "xã Mê Pu"}},
    {"PQ", 38, {"xã Ngũ Phụng", "xã Long Hải", "xã Tam Thanh", "đảo Phú Quý", "thôn Mỹ Khê", "thôn Quý Thạnh"}},
    {"CA", 46, {"Công an xã Phan Dũng", "Công an xã La Dạ", "Công an huyện Bắc Bình", "Công an xã Đông Giang",
                "Phòng Cảnh sát giao thông", "Công an xã Măng Tố"}},
    {"QS", 44, {"Ban Chỉ huy Quân sự huyện Tuy Phong", "Ban Chỉ huy Quân sự huyện Hàm Thuận Bắc",
                "Đại đội Bộ binh 1", "Ban Chỉ huy Quân sự huyện Tánh Linh", "Trung đoàn 812",
                "Ban Chỉ huy Quân sự thành phố Phan Thiết"}},
    {"BP", 48, {"Đồn Biên phòng Phan Thiết", "Đồn Biên phòng Hòa Thắng", "Đồn Biên phòng Liên Hương",
                "Đồn Biên phòng Phú Quý", "Đồn Biên phòng La Gi", "Đồn Biên phòng Tân Thiện"}},
    {"KCQ", 56, {"Chi bộ Tỉnh Đoàn", "Đảng bộ Cục Thuế tỉnh", "Đảng bộ Sở Y tế", "Đảng bộ Điện lực Bình Thuận",
                 "Chi bộ Sở Văn hóa, Thể thao và Du lịch", "Đảng bộ Sở Giáo dục và Đào tạo"}},
};

// The seeds' own models (DOMAIN.md), registered with exactly these titles by these units: the
// recognition cycle's demo (demo_cycle.cpp) finds them by title.
struct SeedModel {
    const char *unit, *title, *field, *summary;
    IndicatorIdea indicator;
};
const SeedModel kSeedModels[] = {
    {"CA", "Dân vận khéo trong vùng đồng bào dân tộc thiểu số", "defence_security",
     "Cán bộ, chiến sĩ công an bám địa bàn vùng đồng bào dân tộc thiểu số, vận động đồng bào giữ gìn an ninh trật tự.",
     {"Số buổi tuyên truyền, vận động", "buổi", 24, 24}},
    {"QS", "Lực lượng vũ trang tỉnh Bình Thuận tăng cường đoàn kết với đồng bào các dân tộc, tôn giáo", "defence_security",
     "Lực lượng vũ trang tỉnh phối hợp chức sắc, già làng, người có uy tín tăng cường khối đoàn kết các dân tộc, tôn giáo.",
     {"Số cơ sở tôn giáo phối hợp", "cơ sở", 20, 20}},
    {"BP", "Nâng bước em đến trường - Con nuôi đồn Biên phòng", "culture_society",
     "Mỗi đồn biên phòng nhận học sinh nghèo làm con nuôi, hỗ trợ đến khi học xong phổ thông.",
     {"Số học sinh được nhận làm con nuôi", "học sinh", 30, 30}},
    {"KCQ", "Số hóa di tích lịch sử, danh lam thắng cảnh tỉnh Bình Thuận", "culture_society",
     "Chi bộ Tỉnh Đoàn số hóa hồ sơ, hình ảnh các di tích, gắn mã QR tại điểm di tích.",
     {"Số di tích được số hóa", "di tích", 30, 30}},
    {"KCQ", "Vận động người nộp thuế kê khai đúng giá chuyển nhượng bất động sản", "economy",
     "Đảng bộ Cục Thuế tỉnh tuyên truyền, đối thoại để người nộp thuế kê khai đúng giá chuyển nhượng bất động sản.",
     {"Tỷ lệ hồ sơ kê khai đúng giá", "%", 95, 95}},
};

const char* const kSurnames[] = {"Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Võ", "Đặng", "Bùi",
                                 "Đỗ", "Hồ", "Ngô", "Dương", "Lý", "Thạch", "Đàng", "Châu"};
const char* const kMiddleNames[] = {"Văn", "Thị", "Hữu", "Minh", "Thanh", "Ngọc", "Đức", "Quốc", "Thị Kim", "Công"};
const char* const kGivenNames[] = {"An", "Bình", "Cường", "Dũng", "Hà", "Hải", "Hạnh", "Hùng", "Lan", "Linh",
                                   "Long", "Mai", "Nam", "Nga", "Phúc", "Quang", "Sơn", "Tâm", "Thảo", "Trung",
                                   "Tuấn", "Vân", "Xuân", "Yến"};
const char* const kPositions[] = {"Bí thư chi bộ thôn", "Trưởng thôn", "Chủ tịch Hội Nông dân xã",
                                  "Trưởng Công an xã", "Đồn trưởng Đồn Biên phòng", "Trưởng ban Dân vận Huyện ủy",
                                  "Chủ tịch Hội Liên hiệp Phụ nữ xã", "Bí thư Đoàn xã", "Người có uy tín trong đồng bào dân tộc thiểu số",
                                  "Chức sắc tôn giáo", "Giáo viên trường phổ thông dân tộc nội trú", "Trưởng ban công tác Mặt trận khu dân cư"};

// A few grassroots units' own models (the level filter's grassroots level), registered in 2024.
struct GrassrootsModel {
    const char *unit, *title, *field;
};
const GrassrootsModel kGrassroots[] = {
    {"PT-PHUTHUY", "Khu phố văn minh, không rác thải nhựa", "culture_society"},
    {"PT-PHUTHUY", "Tổ hòa giải giỏi ở khu phố", "defence_security"},
    {"PT-DUCNGHIA", "Chợ an toàn, thanh toán không dùng tiền mặt", "economy"},
    {"PT-TIENLOI", "Hội viên nông dân giúp nhau làm giàu", "economy"},
    {"HTB-HAMCHINH", "Đảng viên đỡ đầu hộ đồng bào dân tộc khó khăn", "political_system"},
    {"HTB-MALAM", "Ngày Chủ nhật xanh", "culture_society"},
    {"DL-VOXU", "Dân vận khéo trong vận động đồng bào tôn giáo", "political_system"},
    {"TP-LIENHUONG", "Tàu cá an toàn, ngư dân vững tin bám biển", "defence_security"},
    {"TP-PHONGPHU", "Hiến đất mở đường liên thôn", "economy"},
};

std::string two(int n) { return (n < 10 ? "0" : "") + std::to_string(n); }

}  // namespace

int load_demo_models(Tool& t)
{
    store::ModelStore models(t.db);
    store::UnitStore units(t.db);
    store::UserStore users(t.db);
    std::map<std::string, int64_t> field_ids;
    for (const auto& f : models.active_fields()) field_ids[f.code] = f.id;
    auto user_id = [&](const char* login) {
        auto u = users.find_by_login(login);
        if (!u) throw std::runtime_error(std::string("demo user missing: ") + login);
        return u->id;
    };
    auto unit_id = [&](const char* code) {
        auto u = units.find_by_code(code);
        if (!u) throw std::runtime_error(std::string("demo unit missing: ") + code);
        return u->id;
    };
    // Who registered: the demo users of Phan Thiết, Đức Linh and Phú Thủy their own; admin the rest.
    const std::map<std::string, int64_t> registrar{{"PT", user_id("pt.canbo")},
                                                    {"DL", user_id("dl.lanhdao")},
                                                    {"PT-PHUTHUY", user_id("phuthuy.canbo")}};
    int64_t admin = user_id("admin");
    auto actor_for = [&](const std::string& code) {
        auto it = registrar.find(code);
        return store::ModelActor{it == registrar.end() ? admin : it->second, "127.0.0.1"};
    };

    Random rnd(20230746);
    core::Transaction tx(t.db);
    int created = 0;
    std::vector<int64_t> carry;
    for (const auto& unit : kDistrictUnits) {
        int64_t id = unit_id(unit.code);
        int k = 0;
        for (const auto& seed : kSeedModels) {
            if (std::string(seed.unit) != unit.code) continue;
            domain::ModelDraft d;
            d.year = 2023;
            d.unit_id = id;
            d.title = seed.title;
            d.kind = domain::kCollective;
            d.field_code = seed.field;
            d.field_id = field_ids.at(seed.field);
            d.summary = seed.summary;
            d.content = "Nội dung, giải pháp: xây dựng kế hoạch, phân công cán bộ, đảng viên phụ trách; sơ kết, tổng kết.";
            d.start_date = "2023-01-15";
            d.indicators.push_back({seed.indicator.name, seed.indicator.unit, std::to_string(seed.indicator.lo)});
            models.create(d, actor_for(unit.code));
            ++created;
            ++k;
        }
        const int first_generated = k;
        for (; k < unit.models_2023; ++k) {
            const Theme& theme = rnd.pick(kThemes);
            domain::ModelDraft d;
            d.year = 2023;
            d.unit_id = id;
            d.field_code = theme.field;
            d.field_id = field_ids.at(theme.field);
            std::string place = unit.places[rnd.next() % 6];
            d.title = std::string(theme.title) + " tại " + place;
            // About one in four is an individual's model.
            if (rnd.between(1, 4) == 1) {
                d.kind = domain::kIndividual;
                d.person_name = std::string(rnd.pick(kSurnames)) + " " + rnd.pick(kMiddleNames) + " " + rnd.pick(kGivenNames);
                d.person_position = std::string(rnd.pick(kPositions));
                d.title = std::string(theme.title) + " (" + d.person_name + ", " + place + ")";
            } else {
                d.kind = domain::kCollective;
            }
            d.summary = theme.summary;
            d.content = "Nội dung, giải pháp: khảo sát thực trạng ở " + place +
                        "; xây dựng kế hoạch, phân công cán bộ, đảng viên phụ trách; phối hợp Mặt trận Tổ quốc và "
                        "các đoàn thể vận động nhân dân; sơ kết 6 tháng, tổng kết cuối năm.";
            d.start_date = "2023-" + two(rnd.between(1, 4)) + "-" + two(rnd.between(1, 28));
            int indicators = 0;
            for (const auto& idea : theme.indicators)
                if (idea.name) ++indicators;
            indicators = rnd.between(1, indicators);
            for (int i = 0; i < indicators; ++i) {
                const auto& idea = theme.indicators[i];
                d.indicators.push_back({idea.name, idea.unit, std::to_string(rnd.between(idea.lo, idea.hi))});
            }
            int64_t model = models.create(d, actor_for(unit.code));
            ++created;
            if (k == first_generated && (std::string(unit.code) == "PT" || std::string(unit.code) == "DL" ||
                           std::string(unit.code) == "BP"))
                carry.push_back(model);
        }
    }
    // A few registrations carried into 2024 unchanged, as units do with a model that runs for years.
    domain::Scope everything{true, 0, domain::Role::Admin};
    for (int64_t id : carry) {
        auto m = models.find(everything, id);
        models.carry_forward(*m, actor_for(m->unit_code));
        ++created;
    }
    for (const auto& g : kGrassroots) {
        domain::ModelDraft d;
        d.year = 2024;
        d.unit_id = unit_id(g.unit);
        d.title = g.title;
        d.kind = domain::kCollective;
        d.field_code = g.field;
        d.field_id = field_ids.at(g.field);
        d.summary = "Mô hình của đảng bộ cơ sở, đăng ký tại đơn vị.";
        d.content = "Cấp ủy cơ sở xây dựng kế hoạch, phân công đảng viên phụ trách, vận động nhân dân tham gia.";
        d.start_date = "2024-0" + std::to_string(rnd.between(1, 3)) + "-15";
        d.indicators.push_back({"Số hộ tham gia", "hộ", std::to_string(rnd.between(20, 300))});
        models.create(d, actor_for(g.unit));
        ++created;
    }
    tx.commit();
    t.out << "demo models created: " << created << " (746 at district level in 2023)\n";
    return 0;
}
