// The benchmark's data generator: hierarchy, campaign, models and the whole recognition cycle.
#include "tools/dvkgen/generator.h"

#include <map>
#include <ostream>
#include <string>
#include <vector>

#include "core/crypto.h"
#include "domain/text.h"
#include "store/bulk_insert.h"

namespace {

// The 2023 proportions (DOMAIN.md): of 746 registered, 155 recognised, 39 proposed, 22 recognised above.
constexpr double kRecognised = 155.0 / 746.0;
constexpr double kProposed = 39.0 / 746.0;
constexpr double kRecognisedAbove = 22.0 / 746.0;
const char* const kBenchPassword = "bench-password-2026";

// splitmix64: the same numbers on every machine and library, unlike std:: distributions.
class Rng {
public:
    explicit Rng(uint64_t seed) : s_(seed) {}
    uint64_t next()
    {
        uint64_t z = (s_ += 0x9E3779B97F4A7C15ull);
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
        return z ^ (z >> 31);
    }
    double unit() { return static_cast<double>(next() >> 11) / 9007199254740992.0; }
    size_t pick(size_t n) { return static_cast<size_t>(next() % n); }
    template <class T, size_t N>
    const T& of(const T (&a)[N])
    {
        return a[pick(N)];
    }

private:
    uint64_t s_;
};

const char* const kProvinces[] = {
    "Hà Nội", "Huế", "Lai Châu", "Điện Biên", "Sơn La", "Lạng Sơn", "Quảng Ninh", "Thanh Hóa", "Nghệ An",
    "Hà Tĩnh", "Cao Bằng", "Tuyên Quang", "Lào Cai", "Thái Nguyên", "Phú Thọ", "Bắc Ninh", "Hưng Yên",
    "Hải Phòng", "Ninh Bình", "Quảng Trị", "Đà Nẵng", "Quảng Ngãi", "Gia Lai", "Khánh Hòa", "Lâm Đồng",
    "Đắk Lắk", "Thành phố Hồ Chí Minh", "Đồng Nai", "Tây Ninh", "Cần Thơ", "Vĩnh Long", "Đồng Tháp",
    "Cà Mau", "An Giang"};
const char* const kPlaceWords[] = {"Tân", "Phú", "Hòa", "Bình", "An", "Thạnh", "Đức", "Long", "Mỹ", "Hưng",
                                   "Phước", "Xuân", "Đông", "Tây", "Nam", "Bắc", "Trung", "Lộc", "Thuận", "Vĩnh",
                                   "Quảng", "Hiệp", "Sơn", "Thủy", "Đắk", "Ea", "Krông", "Cẩm", "Nghĩa", "Lạc"};
const char* const kActions[] = {"Dân vận khéo trong", "Chung tay", "Vận động nhân dân tham gia", "Đảng viên giúp đỡ",
                                "Mỗi chi bộ gắn với", "Tuổi trẻ xung kích", "Phụ nữ đoàn kết", "Cựu chiến binh gương mẫu",
                                "Lực lượng vũ trang cùng dân", "Chính quyền thân thiện vì", "Nông dân thi đua",
                                "Khối dân vận phối hợp"};
const char* const kObjects[] = {"xây dựng nông thôn mới", "giảm nghèo bền vững", "bảo vệ môi trường",
                                "chuyển đổi số", "hiến đất làm đường giao thông", "giữ gìn an ninh trật tự",
                                "vùng đồng bào dân tộc thiểu số", "đồng bào có đạo sống tốt đời đẹp đạo",
                                "xóa nhà tạm, nhà dột nát", "phát triển kinh tế hộ gia đình", "khuyến học, khuyến tài",
                                "cải cách thủ tục hành chính", "nước sạch nông thôn", "thu gom rác thải nhựa",
                                "giúp trẻ em đến trường", "xây dựng khu dân cư văn hóa"};
const char* const kFamily[] = {"Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng", "Bùi", "Đỗ"};
const char* const kMiddle[] = {"Văn", "Thị", "Hữu", "Minh", "Thanh", "Ngọc", "Đức", "Thu"};
const char* const kGiven[] = {"An", "Bình", "Cường", "Dũng", "Hà", "Hải", "Hạnh", "Hùng", "Lan", "Linh", "Mai", "Nam",
                              "Phong", "Quang", "Sơn", "Thảo", "Trang", "Tuấn", "Vân", "Yến"};
const char* const kPositions[] = {"Bí thư chi bộ", "Trưởng thôn", "Chủ tịch Hội Nông dân xã", "Công an viên",
                                  "Hiệu trưởng", "Trưởng ban công tác Mặt trận"};
const char* const kMeasures[][2] = {{"Số hộ thoát nghèo", "hộ"}, {"Học sinh được hỗ trợ", "học sinh"},
                                    {"Đảng viên tham gia", "% đảng viên"}, {"Thôn có chi bộ", "thôn"},
                                    {"Mét đường được làm mới", "m"}, {"Nhà tạm được xóa", "căn"}};
const char* const kRatings[] = {"excellent", "good", "good", "achieved", "achieved", "achieved", "low"};

struct Unit {
    int64_t id;
    std::string code, name;
    int level;  // 1 province, 2 district, 3 grassroots
    int64_t parent;
    std::vector<int64_t> ancestors;  // nearest first
};

std::string place(Rng& rng) { return std::string(rng.of(kPlaceWords)) + " " + rng.of(kPlaceWords); }

class Generator {
public:
    Generator(core::Db& db, const Scale& scale, uint64_t seed, std::ostream& out)
        : db_(db), scale_(scale), rng_(seed), out_(out)
    {
    }

    Generated run()
    {
        db_.execute_script("SET SESSION foreign_key_checks = 0");
        db_.execute_script("SET SESSION unique_checks = 0");
        db_.begin();
        make_units();
        make_users_and_campaign();
        for (int y = 0; y < scale_.years; ++y) {
            make_year(scale_.first_year + y);
            // One transaction per year keeps the undo log small at national scale.
            finish_batches();
            db_.commit();
            db_.begin();
        }
        make_write_pool(scale_.first_year + scale_.years - 1);
        finish();
        db_.commit();
        db_.execute_script("SET SESSION foreign_key_checks = 1");
        db_.execute_script("ANALYZE TABLE models, recognitions, proposals, units, unit_closure");
        out_ << "bench logins (password " << kBenchPassword << "): bench.bdv (commission_staff), "
             << "bench.truong (unit_head of " << units_.back().code << ")\n";
        return made_;
    }

private:
    void add_unit(const std::string& code, const std::string& name, const char* kind, int level, int64_t parent)
    {
        Unit u{next_unit_++, code, name, level, parent, {}};
        if (parent) {
            const Unit& p = units_[index_.at(parent)];
            u.ancestors.push_back(parent);
            u.ancestors.insert(u.ancestors.end(), p.ancestors.begin(), p.ancestors.end());
        }
        unit_rows_.add({u.id, u.code, u.name, kind, level, parent ? core::Param(parent) : core::Param(nullptr)});
        closure_.add({u.id, u.id, 0});
        for (size_t d = 0; d < u.ancestors.size(); ++d) closure_.add({u.ancestors[d], u.id, static_cast<int>(d + 1)});
        names_.add({u.id, u.name, "2020-01-01"});
        index_[u.id] = units_.size();
        units_.push_back(std::move(u));
        made_.rows += 3;
    }

    void make_units()
    {
        for (int r = 0; r < scale_.roots; ++r) {
            std::string province = kProvinces[r % 34];
            int64_t root = next_unit_;
            add_unit("P" + std::to_string(r + 1), "Ban Dân vận Tỉnh ủy " + province, "province_commission", 1, 0);
            roots_.push_back(root);
            if (scale_.middle_per_root == 0) {
                for (int c = 0; c < scale_.leaves_per_parent; ++c)
                    add_unit("P" + std::to_string(r + 1) + "-X" + std::to_string(c + 1), "Đảng ủy xã " + place(rng_),
                             "commune", 3, root);
                continue;
            }
            for (int d = 0; d < scale_.middle_per_root; ++d) {
                int64_t district = next_unit_;
                std::string dcode = "P" + std::to_string(r + 1) + "-D" + std::to_string(d + 1);
                add_unit(dcode, "Huyện ủy " + place(rng_), "district", 2, root);
                for (int c = 0; c < scale_.leaves_per_parent; ++c)
                    add_unit(dcode + "-X" + std::to_string(c + 1), "Đảng ủy xã " + place(rng_), "commune", 3, district);
            }
        }
        unit_rows_.flush();
        closure_.flush();
        names_.flush();
    }

    void make_users_and_campaign()
    {
        std::string hash = core::hash_password(kBenchPassword);
        store::BulkInserter users(db_, "users", {"id", "login", "password_hash", "display_name", "unit_id", "role"});
        admin_id_ = store::next_id(db_, "users");
        users.add({admin_id_, "bench.admin", hash, "Quản trị (bench)", roots_[0], "admin"});
        users.add({admin_id_ + 1, "bench.bdv", hash, "Cán bộ Ban Dân vận (bench)", roots_[0], "commission_staff"});
        // The write benchmark's proposals all come from the last unit made; its head submits them.
        users.add({admin_id_ + 2, "bench.truong", hash, "Lãnh đạo đơn vị (bench)", units_.back().id, "unit_head"});
        users.flush();

        int64_t campaign = store::next_id(db_, "campaigns");
        int last = scale_.first_year + scale_.years - 1;
        db_.exec("INSERT INTO campaigns (id, directive_number, title, issuing_body, start_year, end_year, is_current)"
                 " VALUES (?, ?, ?, ?, ?, ?, 1)",
                 {campaign, "08-CT/BDVTU", "Đẩy mạnh phong trào thi đua \"Dân vận khéo\"", "Ban Dân vận Tỉnh ủy",
                  scale_.first_year, last});
        store::BulkInserter years(db_, "campaign_years",
                                  {"id", "campaign_id", "year", "registration_deadline", "proposal_deadline"});
        store::BulkInserter deadlines(db_, "recognition_deadlines", {"campaign_year_id", "level_id", "deadline"});
        int64_t year_id = store::next_id(db_, "campaign_years");
        for (int y = scale_.first_year; y <= last; ++y, ++year_id) {
            std::string ys = std::to_string(y);
            years.add({year_id, campaign, y, ys + "-03-31", ys + "-12-15"});
            deadlines.add({year_id, 3, ys + "-10-31"});
            deadlines.add({year_id, 2, ys + "-11-30"});
            deadlines.add({year_id, 1, ys + "-12-31"});
            last_year_id_ = year_id;
        }
        years.flush();
        deadlines.flush();
        // The write benchmark submits proposals now, after the last year's deadline: extended for all.
        db_.exec("INSERT INTO deadline_extensions (campaign_year_id, deadline_kind, new_deadline, reason, granted_by)"
                 " VALUES (?, 'proposal', '2099-12-31', 'Benchmark: proposals accepted at any time', ?)",
                 {last_year_id_, admin_id_});
    }

    int64_t decision_for(int64_t unit_id, int level, int year)
    {
        auto key = std::make_pair(unit_id, year);
        auto it = decisions_.find(key);
        if (it != decisions_.end()) return it->second;
        int64_t id = next_decision_++;
        std::string ys = std::to_string(year);
        const Unit& u = units_[index_.at(unit_id)];
        decision_rows_.add({id, unit_id, u.name, level, year, std::to_string(100 + id % 900) + "-QĐ/" + u.code,
                            ys + (level == 3 ? "-10-20" : level == 2 ? "-11-25" : "-12-28"),
                            std::string(rng_.of(kFamily)) + " " + rng_.of(kMiddle) + " " + rng_.of(kGiven),
                            level == 1 ? "Trưởng Ban Dân vận" : "Bí thư", nullptr, admin_id_});
        ++made_.rows;
        decisions_[key] = id;
        return id;
    }

    // The meeting of `parent` in `year` at which the proposals sent to it were decided.
    std::pair<int64_t, int64_t> meeting_for(int64_t parent, int year)
    {
        auto key = std::make_pair(parent, year);
        auto it = meetings_.find(key);
        if (it != meetings_.end()) return {it->second, decisions_.at(key)};
        int64_t meeting = next_meeting_++;
        const Unit& p = units_[index_.at(parent)];
        int64_t decision = decision_for(parent, p.level, year);
        std::string ys = std::to_string(year);
        meeting_rows_.add({meeting, parent, year, ys + "-12-20", "Hội trường " + p.name,
                           "Thường trực, các thành viên hội đồng xét công nhận", "decided", decision, admin_id_});
        ++made_.rows;
        meetings_[key] = meeting;
        return {meeting, decision};
    }

    void add_model(const Unit& u, int year, bool pool)
    {
        int64_t id = next_model_++;
        bool individual = rng_.unit() < 0.3;
        std::string title = std::string(rng_.of(kActions)) + " " + rng_.of(kObjects) + " ở " + u.name;
        std::string person = individual ? std::string(rng_.of(kFamily)) + " " + rng_.of(kMiddle) + " " + rng_.of(kGiven) : "";
        double u01 = pool ? 0.5 * kProposed : rng_.unit();
        bool recognised = u01 < kRecognised, proposed = u01 < kProposed && u.parent;
        bool above = !pool && u01 < kRecognisedAbove && u.parent;
        const char* status = above ? "recognised_above" : recognised ? "recognised" : "evaluated";
        if (pool) status = "recognised";
        models_.add({id, year, u.id, u.name, title, individual ? "individual" : "collective", person,
                     individual ? rng_.of(kPositions) : "", static_cast<int>(1 + rng_.pick(4)),
                     "Mô hình được triển khai tại " + u.name + " từ năm " + std::to_string(year) + ".",
                     "Nội dung, biện pháp: tuyên truyền, vận động, phân công đảng viên phụ trách hộ.",
                     std::to_string(year) + "-02-01", status, domain::fold_vietnamese(title + " " + person + " " + u.name),
                     admin_id_});
        for (int i = 0; i < 2; ++i) {
            const auto& m = kMeasures[rng_.pick(6)];
            int target = 10 + static_cast<int>(rng_.pick(90));
            indicators_.add({id, i + 1, m[0], m[1], target, target * (0.6 + 0.6 * rng_.unit())});
        }
        evaluations_.add({id, pool ? "good" : rng_.of(kRatings), "Đánh giá cuối năm.", admin_id_});
        // Every write leaves an audit row: the registration's, so the log has a realistic size.
        audit_.add({admin_id_, "model.create", "model", id, std::to_string(year) + "-02-01 08:00:00"});
        made_.models += 1;
        made_.rows += 5;
        if (recognised) {
            int64_t decision = decision_for(u.id, u.level, year);
            recognitions_.add({decision, id, u.id, u.level, year, ++positions_[decision]});
            ++made_.rows;
        }
        if (!proposed) return;
        const Unit& parent = units_[index_.at(u.parent)];
        int64_t proposal = next_proposal_++;
        std::string ys = std::to_string(year);
        if (pool) {
            proposals_.add({proposal, id, u.id, parent.id, year, "draft", "Đề nghị công nhận (bench).", admin_id_,
                            nullptr, nullptr});
            ++made_.rows;
            return;
        }
        auto [meeting, decision] = meeting_for(parent.id, year);
        proposals_.add({proposal, id, u.id, parent.id, year, above ? "recognised" : "not_recognised",
                        "Mô hình tiêu biểu, hiệu quả, đề nghị công nhận.", admin_id_, ys + "-12-05 09:00:00",
                        ys + "-12-20 15:00:00"});
        items_.add({meeting, proposal, ++meeting_positions_[meeting], above ? "recognised" : "not_recognised",
                    above ? "" : "Chưa lan tỏa rộng", above ? 9 : 3, above ? 0 : 5, above ? 0 : 1});
        made_.rows += 2;
        if (above) {
            recognitions_.add({decision, id, parent.id, parent.level, year, ++positions_[decision]});
            ++made_.rows;
        }
    }

    void make_year(int year)
    {
        for (const Unit& u : units_) {
            if (!u.parent) continue;
            int per_year = u.level == 2 ? scale_.middle_models_per_year : scale_.leaf_models_per_year;
            for (int i = 0; i < per_year; ++i) add_model(u, year, false);
        }
        out_ << "  year " << year << ": " << made_.models << " models so far\n" << std::flush;
    }

    void make_write_pool(int year)
    {
        const Unit& u = units_.back();
        for (int i = 0; i < scale_.write_pool; ++i) add_model(u, year, true);
        write_pool_first_ = next_proposal_ - scale_.write_pool;
    }

    void finish_batches()
    {
        for (auto* b : {&models_, &indicators_, &evaluations_, &audit_, &decision_rows_, &recognitions_, &meeting_rows_,
                        &proposals_, &items_})
            b->flush();
    }

    void finish()
    {
        finish_batches();
        out_ << "write pool: draft proposals " << write_pool_first_ << ".." << next_proposal_ - 1 << "\n";
    }

    core::Db& db_;
    const Scale& scale_;
    Rng rng_;
    std::ostream& out_;
    Generated made_;
    std::vector<Unit> units_;
    std::map<int64_t, size_t> index_;
    std::vector<int64_t> roots_;
    std::map<std::pair<int64_t, int>, int64_t> decisions_, meetings_;
    int64_t next_unit_ = store::next_id(db_, "units");
    int64_t next_model_ = store::next_id(db_, "models");
    int64_t next_decision_ = store::next_id(db_, "recognition_decisions");
    int64_t next_meeting_ = store::next_id(db_, "review_meetings");
    int64_t next_proposal_ = store::next_id(db_, "proposals");
    int64_t admin_id_ = 0, last_year_id_ = 0, write_pool_first_ = 0;
    std::map<int64_t, int> positions_, meeting_positions_;  // numbering within a decision, a meeting
    store::BulkInserter unit_rows_{db_, "units", {"id", "code", "name", "kind", "level_id", "parent_id"}};
    store::BulkInserter closure_{db_, "unit_closure", {"ancestor_id", "descendant_id", "depth"}};
    store::BulkInserter names_{db_, "unit_names", {"unit_id", "name", "valid_from"}};
    store::BulkInserter models_{db_, "models",
                                {"id", "year", "unit_id", "unit_name_at_registration", "title", "kind", "person_name",
                                 "person_position", "field_id", "summary", "content", "start_date", "status",
                                 "search_folded", "created_by"}};
    store::BulkInserter indicators_{db_, "model_indicators",
                                    {"model_id", "position", "name", "unit_of_measure", "target", "achieved"}};
    store::BulkInserter evaluations_{db_, "evaluations", {"model_id", "rating", "comment", "evaluated_by"}};
    store::BulkInserter audit_{db_, "audit_log", {"user_id", "action", "entity", "entity_id", "at"}};
    store::BulkInserter decision_rows_{db_, "recognition_decisions",
                                       {"id", "unit_id", "issuing_unit_name", "level_id", "year", "decision_number",
                                        "decision_date", "signer_name", "signer_title", "review_meeting_id",
                                        "created_by"}};
    store::BulkInserter recognitions_{db_, "recognitions",
                                      {"decision_id", "model_id", "unit_id", "level_id", "year", "position"}};
    store::BulkInserter meeting_rows_{db_, "review_meetings",
                                      {"id", "unit_id", "year", "meeting_date", "place", "members_present", "state",
                                       "decision_id", "created_by"}};
    store::BulkInserter proposals_{db_, "proposals",
                                   {"id", "model_id", "from_unit_id", "to_unit_id", "year", "state", "justification",
                                    "created_by", "submitted_at", "decided_at"}};
    store::BulkInserter items_{db_, "review_items",
                               {"meeting_id", "proposal_id", "position", "outcome", "reason", "votes_for",
                                "votes_against", "votes_abstain"}};
};

}  // namespace

Scale province_scale() { return {"province", 1, 14, 11, 2021, 5, 53, 21, 20000}; }
Scale national_scale() { return {"national", 34, 0, 97, 2016, 10, 0, 30, 20000}; }

Generated generate(core::Db& db, const Scale& scale, uint64_t seed, std::ostream& out)
{
    Generator g(db, scale, seed, out);
    return g.run();
}
