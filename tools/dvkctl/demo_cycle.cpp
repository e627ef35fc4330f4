// Demo recognition cycle for 2023: evaluations, district recognition, proposals, the provincial meeting.
#include "tools/dvkctl/demo_cycle.h"

#include <algorithm>
#include <map>
#include <ostream>
#include <set>
#include <stdexcept>

#include "core/db.h"
#include "domain/evaluation.h"
#include "domain/models.h"
#include "store/evaluation_store.h"
#include "store/proposal_store.h"
#include "store/recognition_store.h"
#include "store/review_store.h"
#include "store/user_store.h"

namespace {

constexpr int kYear = 2023;

// The five collective models of the seeds that the province recognised (exact titles, their units).
struct NamedModel {
    const char *unit, *title;
};
const NamedModel kNamed[] = {
    {"CA", "Dân vận khéo trong vùng đồng bào dân tộc thiểu số"},
    {"QS", "Lực lượng vũ trang tỉnh Bình Thuận tăng cường đoàn kết với đồng bào các dân tộc, tôn giáo"},
    {"BP", "Nâng bước em đến trường - Con nuôi đồn Biên phòng"},
    {"KCQ", "Số hóa di tích lịch sử, danh lam thắng cảnh tỉnh Bình Thuận"},
    {"KCQ", "Vận động người nộp thuế kê khai đúng giá chuyển nhượng bất động sản"},
};

// District-level units in the order of the demo hierarchy; Đức Linh (DL) has not considered recognition.
struct UnitPlan {
    const char* code;
    int recognise;         // at district level (together 155)
    const char* number;    // its recognition decision
    const char* date;      // inside the 2023 schedule (district recognition by 30/11)
    const char* signer;
    const char* title;
};
const UnitPlan kUnits[] = {
    {"PT", 12, "125-QĐ/TU", "2023-11-20", "Trần Văn Bình", "Phó Bí thư Thường trực Thành ủy"},
    {"LG", 12, "98-QĐ/TU", "2023-11-17", "Nguyễn Văn Hải", "Phó Bí thư Thường trực Thị ủy"},
    {"TP", 12, "131-QĐ/HU", "2023-11-22", "Lê Văn Thành", "Phó Bí thư Thường trực Huyện ủy"},
    {"BB", 12, "117-QĐ/HU", "2023-11-21", "Phạm Thị Hoa", "Phó Bí thư Thường trực Huyện ủy"},
    {"HTB", 12, "142-QĐ/HU", "2023-11-24", "Đặng Văn Long", "Phó Bí thư Thường trực Huyện ủy"},
    {"HTN", 12, "109-QĐ/HU", "2023-11-16", "Võ Minh Tâm", "Phó Bí thư Thường trực Huyện ủy"},
    {"HT", 12, "95-QĐ/HU", "2023-11-15", "Huỳnh Văn Phúc", "Phó Bí thư Thường trực Huyện ủy"},
    {"TL", 12, "120-QĐ/HU", "2023-11-23", "Bùi Thị Ngọc", "Phó Bí thư Thường trực Huyện ủy"},
    {"DL", 0, "", "", "", ""},
    {"PQ", 11, "76-QĐ/HU", "2023-11-14", "Ngô Văn Quang", "Phó Bí thư Thường trực Huyện ủy"},
    {"CA", 12, "45-QĐ/ĐU", "2023-11-10", "Hồ Văn Dũng", "Phó Bí thư Đảng ủy Công an tỉnh"},
    {"QS", 12, "52-QĐ/ĐU", "2023-11-13", "Dương Văn Sơn", "Phó Bí thư Đảng ủy Quân sự tỉnh"},
    {"BP", 12, "38-QĐ/ĐU", "2023-11-09", "Châu Văn Hùng", "Phó Bí thư Đảng ủy Bộ đội Biên phòng tỉnh"},
    {"KCQ", 12, "61-QĐ/ĐUK", "2023-11-27", "Lý Thị Thảo", "Phó Bí thư Thường trực Đảng ủy Khối"},
};
constexpr int kProposalsPerUnit = 3;  // 13 units x 3 = 39

const char* const kMembers =
    "Nguyễn Văn Thanh, Trưởng Ban Dân vận Tỉnh ủy (chủ trì)\n"
    "Lê Thị Hương, Phó Trưởng Ban Dân vận Tỉnh ủy\n"
    "Trần Quốc Việt, Phó Trưởng Ban Dân vận Tỉnh ủy\n"
    "Nguyễn Thị Hồng, Trưởng phòng Dân vận - Dân tộc - Tôn giáo (thư ký)\n"
    "Phạm Minh Đức, đại diện Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh\n"
    "Hoàng Văn Tài, đại diện Hội Nông dân tỉnh\n"
    "Đỗ Thị Lan, đại diện Hội Liên hiệp Phụ nữ tỉnh\n"
    "Bùi Quang Huy, đại diện Tỉnh Đoàn\n"
    "Đàng Văn Hiếu, đại diện Ban Dân tộc tỉnh";

const char* const kNotRecognisedReasons[] = {
    "Kết quả chưa nổi bật so với các mô hình cùng lĩnh vực; phạm vi ảnh hưởng còn hẹp.",
    "Chưa có minh chứng đầy đủ về hiệu quả lan tỏa trong nhân dân.",
    "Mô hình mới triển khai, cần tiếp tục theo dõi thêm một năm.",
};

std::string achieved_for(const std::string& target, int pct)
{
    double t = std::stod(target);
    long long v = static_cast<long long>(t * pct / 100.0 + 0.5);
    return std::to_string(v);
}

}  // namespace

int load_demo_cycle(Tool& t)
{
    store::RecognitionStore rs(t.db);
    store::EvaluationStore es(t.db);
    store::ProposalStore ps(t.db);
    store::ReviewStore reviews(t.db);
    store::UserStore users(t.db);
    domain::Scope all{true, 0, domain::Role::Admin};
    auto user_id = [&](const char* login) {
        auto u = users.find_by_login(login);
        if (!u) throw std::runtime_error(std::string("demo user missing: ") + login);
        return u->id;
    };
    int64_t admin = user_id("admin"), commission = user_id("bdv.nguyen");
    std::map<std::string, int64_t> heads{{"PT", user_id("pt.lanhdao")}, {"DL", user_id("dl.lanhdao")}};
    auto actor = [&](const std::string& unit, const std::string& when) {
        auto it = heads.find(unit);
        return store::CycleActor{it == heads.end() ? admin : it->second, "127.0.0.1", when};
    };
    auto province = rs.unit_by_code("BT");
    if (!province) throw std::runtime_error("demo cycle: unit BT missing");

    core::Transaction tx(t.db);
    // 1. Choose, unit by unit, what is recognised and proposed (named models first), then evaluate.
    struct Plan {
        const UnitPlan* unit;
        store::UnitInfo info;
        std::vector<store::CandidateModel> models;  // by id
        std::vector<int64_t> recognised, proposed;
    };
    std::vector<Plan> plans;
    std::set<int64_t> named_ids;
    int registered = 0;
    for (const auto& up : kUnits) {
        Plan p{&up, {}, {}, {}, {}};
        auto info = rs.unit_by_code(up.code);
        if (!info) throw std::runtime_error(std::string("demo cycle: unit missing: ") + up.code);
        p.info = *info;
        p.models = rs.candidates(all, info->id, kYear);
        std::sort(p.models.begin(), p.models.end(), [](const auto& a, const auto& b) { return a.id < b.id; });
        registered += static_cast<int>(p.models.size());
        for (const auto& n : kNamed) {
            if (std::string(n.unit) != up.code) continue;
            auto it = std::find_if(p.models.begin(), p.models.end(), [&](const auto& m) { return m.title == n.title; });
            if (it == p.models.end())
                throw std::runtime_error(std::string("demo cycle: the named model \"") + n.title + "\" of unit " + n.unit +
                                         " is missing from the 2023 demo models (tools/dvkctl/demo_models.cpp)");
            p.recognised.push_back(it->id);
            p.proposed.push_back(it->id);
            named_ids.insert(it->id);
        }
        if (static_cast<int>(p.models.size()) < up.recognise)
            throw std::runtime_error(std::string("demo cycle: too few 2023 models for ") + up.code);
        // Spread the picks over the unit's list: every fourth model, then fill in order.
        for (size_t i = 0; static_cast<int>(p.recognised.size()) < up.recognise && i < p.models.size(); i += 4)
            if (std::find(p.recognised.begin(), p.recognised.end(), p.models[i].id) == p.recognised.end())
                p.recognised.push_back(p.models[i].id);
        for (size_t i = 0; static_cast<int>(p.recognised.size()) < up.recognise && i < p.models.size(); ++i)
            if (std::find(p.recognised.begin(), p.recognised.end(), p.models[i].id) == p.recognised.end())
                p.recognised.push_back(p.models[i].id);
        if (up.recognise > 0)
            for (int64_t id : p.recognised)
                if (static_cast<int>(p.proposed.size()) < kProposalsPerUnit &&
                    std::find(p.proposed.begin(), p.proposed.end(), id) == p.proposed.end())
                    p.proposed.push_back(id);
        plans.push_back(std::move(p));
    }
    if (registered != 746) t.err << "demo cycle: warning: " << registered << " district-level models in 2023, not 746\n";

    int evaluated = 0, low = 0;
    for (auto& p : plans) {
        int k = 0;
        for (const auto& cm : p.models) {
            ++k;
            bool recognised = std::find(p.recognised.begin(), p.recognised.end(), cm.id) != p.recognised.end();
            bool proposed = std::find(p.proposed.begin(), p.proposed.end(), cm.id) != p.proposed.end();
            std::string rating = proposed ? "excellent" : recognised ? "good" : k % 11 == 0 ? "low" : k % 3 == 0 ? "good" : "achieved";
            int pct = rating == "excellent" ? 125 : rating == "good" ? 108 : rating == "achieved" ? 100 : 55;
            auto m = es.model(all, cm.id);
            domain::EvaluationDraft d;
            d.rating = rating;
            d.comment = rating == "low" ? "Kết quả thấp, chưa lan tỏa rộng trong nhân dân; cần chấn chỉnh, bổ sung giải pháp."
                        : rating == "excellent" ? "Hoàn thành vượt các chỉ tiêu đề ra, được nhân dân đồng tình hưởng ứng."
                        : rating == "good" ? "Hoàn thành tốt các chỉ tiêu, có sức lan tỏa."
                                           : "Đạt các chỉ tiêu đăng ký.";
            for (const auto& i : m->indicators) d.achieved[i.position] = achieved_for(i.target, pct - (k % 5));
            if (rating == "low") {
                d.follow_up = true;
                d.follow_up_unit = p.info.id;
                d.follow_up_action = "Rà soát nội dung, bổ sung giải pháp vận động và báo cáo kết quả.";
                d.follow_up_due = "2024-03-31";
                ++low;
            }
            std::string when = std::string("2023-11-0") + std::to_string(1 + k % 8) + " 09:00:00";
            es.save(*m, d, std::nullopt, actor(p.unit->code, when));
            ++evaluated;
        }
    }
    // Every third follow-up was dealt with in early 2024.
    int n = 0;
    for (const auto& f : es.follow_ups(all, true, kYear))
        if (++n % 3 == 0)
            es.close_follow_up(f, f.version, "Đơn vị đã bổ sung giải pháp; kết quả quý I/2024 đạt yêu cầu.",
                               {admin, "127.0.0.1", "2024-04-05 10:00:00"});

    // 2. District recognition: every model considered, the chosen ones recognised by one decision.
    int recognised_total = 0;
    for (auto& p : plans) {
        if (p.unit->recognise == 0) continue;
        std::string when = std::string(p.unit->date) + " 15:00:00";
        rs.record_decision({p.info.id, kYear, p.unit->number, p.unit->date, p.unit->signer, p.unit->title, std::nullopt},
                           p.recognised, actor(p.unit->code, when));
        std::vector<int64_t> all_ids;
        for (const auto& m : p.models) all_ids.push_back(m.id);
        rs.mark_considered(p.info.id, all_ids, actor(p.unit->code, when));
        recognised_total += static_cast<int>(p.recognised.size());
    }

    // 3. Proposals to the province, submitted by 15/12.
    std::vector<std::pair<int64_t, const Plan*>> proposals;  // proposal id, its unit
    int day = 1;
    for (const auto& p : plans) {
        if (p.unit->recognise == 0) continue;
        ++day;
        for (int64_t model_id : p.proposed) {
            auto m = std::find_if(p.models.begin(), p.models.end(), [&](const auto& x) { return x.id == model_id; });
            std::string when = "2023-12-" + std::string(day < 10 ? "0" : "") + std::to_string(day) + " 10:00:00";
            int64_t id = ps.create(model_id, p.info.id, province->id, kYear,
                                   "Mô hình tiêu biểu của đơn vị năm 2023: " + m->title +
                                       ". Đã được công nhận cấp huyện, kết quả vượt chỉ tiêu và có sức lan tỏa.",
                                   actor(p.unit->code, when));
            auto prop = ps.find(all, id);
            if (!ps.move(*prop, domain::ProposalState::Submitted, std::nullopt, std::nullopt, actor(p.unit->code, when),
                         "proposal.submit"))
                throw std::runtime_error("demo cycle: could not submit a proposal");
            proposals.push_back({id, &p});
        }
    }

    // 4. The provincial review meeting: every proposal on the agenda; 22 recognised — the named five,
    // at least one per unit, then individual models first.
    store::CycleActor bdv{commission, "127.0.0.1", "2023-12-18 08:00:00"};
    int64_t meeting_id = reviews.create({province->id, kYear, "2023-12-22", "Hội trường Ban Dân vận Tỉnh ủy, Phan Thiết", kMembers}, bdv);
    auto meeting = reviews.find(all, meeting_id);
    std::vector<int64_t> ids;
    for (const auto& pr : proposals) ids.push_back(pr.first);
    if (reviews.add_to_agenda(*meeting, meeting->version, ids, bdv) != static_cast<int>(ids.size()))
        throw std::runtime_error("demo cycle: agenda incomplete");
    std::set<int64_t> accept;  // proposal ids
    std::set<std::string> units_with_one;
    std::map<int64_t, const store::CandidateModel*> model_of;
    for (const auto& [pid, plan] : proposals) {
        auto prop = ps.find(all, pid);
        for (const auto& m : plan->models)
            if (m.id == prop->model_id) model_of[pid] = &m;
        if (named_ids.count(prop->model_id)) {
            accept.insert(pid);
            units_with_one.insert(plan->unit->code);
        }
    }
    for (const auto& [pid, plan] : proposals)
        if (!units_with_one.count(plan->unit->code)) {
            accept.insert(pid);
            units_with_one.insert(plan->unit->code);
        }
    for (const char* kind : {"individual", "collective"})
        for (const auto& [pid, plan] : proposals)
            if (accept.size() < 22 && !accept.count(pid) && model_of[pid]->kind == kind) accept.insert(pid);
    std::vector<store::ItemOutcome> outcomes;
    int r = 0;
    for (const auto& [pid, plan] : proposals) {
        domain::Outcome o;
        o.recognised = accept.count(pid) > 0;
        if (o.recognised) {
            o.votes_for = 9 - (r % 3 == 0 ? 1 : 0);
            o.votes_against = 0;
            o.votes_abstain = 9 - o.votes_for;
        } else {
            o.votes_for = 2 + r % 3;
            o.votes_against = 6 - r % 3;
            o.votes_abstain = 9 - o.votes_for - o.votes_against;
            o.reason = kNotRecognisedReasons[r % 3];
        }
        ++r;
        outcomes.push_back({pid, o});
    }
    meeting = reviews.find(all, meeting_id);
    store::NewDecision decision{province->id, kYear, "08-QĐ/BDVTU", "2023-12-28", "Nguyễn Văn Thanh",
                                "Trưởng Ban Dân vận Tỉnh ủy", meeting_id};
    store::CycleActor decided{commission, "127.0.0.1", "2023-12-28 16:00:00"};
    if (reviews.decide(*meeting, meeting->version, outcomes, decision, decided) != store::ReviewStore::DecideResult::Decided)
        throw std::runtime_error("demo cycle: the review meeting could not be decided");
    tx.commit();
    t.out << "demo cycle 2023: " << evaluated << " evaluated (" << low << " low), " << recognised_total
          << " recognised at district level, " << proposals.size() << " proposed, " << accept.size()
          << " recognised at province level\n";
    return 0;
}
