#include "cli/BatchSelection.h"

#include "util/Format.h"

#include <algorithm>
#include <cctype>
#include <map>
#include <set>
#include <sstream>
#include <tuple>

namespace hplx::cli {

namespace {

std::vector<std::string> words(std::string text)
{
    for (char &c : text)
        c = c == '=' ? ' ' : static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    std::istringstream in(text);
    std::vector<std::string> out;
    for (std::string word; in >> word;)
        out.push_back(word);
    return out;
}

std::string safe(const std::string &text)
{
    std::string out = text.empty() ? "-" : text;
    for (char &c : out)
        if (!std::isalnum(static_cast<unsigned char>(c)) && c != '.' && c != '_' && c != '+' && c != '-')
            c = '-';
    return out;
}

std::string fidelityValue(const LandscapeKey &key)
{
    return key.fidelityValue ? formatNumber(*key.fidelityValue) : "none";
}

} // namespace

std::string filterText(const LandscapeKey &key)
{
    const std::string fidelity = key.fidelityValue ? key.fidelityName + "=" + formatNumber(*key.fidelityValue) : "";
    return key.model + " " + key.dataset + " " + fidelity + " " + key.split + " " + key.lossName;
}

bool matchesFilter(const LandscapeKey &key, const std::string &filter)
{
    const std::vector<std::string> have = words(filterText(key));
    for (const auto &word : words(filter))
        if (std::find(have.begin(), have.end(), word) == have.end())
            return false;
    return true;
}

std::string landscapeFolder(const LandscapeInfo &info)
{
    const LandscapeKey &key = info.key;
    return std::to_string(info.id) + "_" + safe(key.model) + "_" + safe(key.dataset) + "_" + safe(fidelityValue(key))
           + "_" + safe(key.split);
}

std::vector<SimilarityGroup> similarityGroups(const std::vector<LandscapeInfo> &chosen)
{
    using Key = std::tuple<std::int64_t, std::string, std::string, std::string, std::string, std::optional<double>>;
    std::map<Key, std::vector<const LandscapeInfo *>> members;
    for (const auto &info : chosen) {
        const LandscapeKey &k = info.key;
        members[{info.spaceId, k.model, k.lossName, k.split, k.fidelityName, k.fidelityValue}].push_back(&info);
    }
    std::vector<SimilarityGroup> groups;
    for (auto &[key, list] : members) {
        std::set<std::string> datasets;
        for (const auto *info : list)
            datasets.insert(info->key.dataset);
        if (datasets.size() < 2)
            continue;
        std::sort(list.begin(), list.end(), [](const LandscapeInfo *a, const LandscapeInfo *b) {
            return std::tie(a->key.dataset, a->id) < std::tie(b->key.dataset, b->id);
        });
        const LandscapeKey &k = list.front()->key;
        SimilarityGroup group;
        group.folder = "similarity/" + safe(k.model) + "_s" + std::to_string(list.front()->spaceId) + "_"
                       + safe(k.lossName) + "_" + safe(fidelityValue(k)) + "_" + safe(k.split);
        for (const auto *info : list)
            group.landscapes.push_back(info->id);
        groups.push_back(std::move(group));
    }
    return groups;
}

} // namespace hplx::cli
