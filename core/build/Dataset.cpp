#include "build/Dataset.h"

#include "import/CsvReader.h"
#include "util/Error.h"
#include "util/Format.h"

#include <zlib.h>

#include <algorithm>
#include <cmath>
#include <cstdlib>
#include <filesystem>
#include <limits>
#include <map>
#include <optional>
#include <string_view>
#include <system_error>

namespace hplx::build {

namespace {

namespace fs = std::filesystem;

std::string cellRef(const std::string &path, std::uint64_t line, const std::string &column)
{
    return path + ", line " + std::to_string(line) + ", column '" + column + "'";
}

bool isBlankRecord(const std::vector<std::string> &fields)
{
    return fields.size() == 1 && trim(fields[0]).empty();
}

// A feature value as the learners store it. NaN and values beyond the float
// range are refused here because most learners would silently produce garbage.
float featureValue(const std::string &text, const std::string &where)
{
    const std::string_view trimmed = trim(text);
    if (trimmed.empty())
        throw Error(ErrorKind::InvalidData, where + ": the cell is empty (features must be numbers)");
    const std::optional<double> value = parseNumber(trimmed);
    if (!value)
        throw Error(ErrorKind::InvalidData, where + ": '" + std::string(trimmed) + "' is not a number");
    if (!std::isfinite(*value) || std::fabs(*value) > static_cast<double>(std::numeric_limits<float>::max()))
        throw Error(ErrorKind::InvalidData, where + ": '" + std::string(trimmed) + "' is not a finite float value");
    return static_cast<float>(*value);
}

// A small non-negative integer field of the sklearn files (counts, class ids).
std::optional<long long> integerValue(std::string_view text)
{
    const std::optional<double> value = parseNumber(text);
    if (!value || !std::isfinite(*value) || *value < 0 || *value > 1e15 || std::floor(*value) != *value)
        return std::nullopt;
    return static_cast<long long>(*value);
}

// ---------------------------------------------------------------------------
// Line reader over a gzip file. A file that is not gzip at all is refused
// rather than read through zlib's transparent mode, so a corrupt download
// named .gz cannot pass as data.
class GzLineReader
{
public:
    explicit GzLineReader(const std::string &path) : m_path(path)
    {
        m_file = gzopen(path.c_str(), "rb");
        if (!m_file)
            throw Error(ErrorKind::Io, path + ": cannot open the file");
        if (gzdirect(m_file) == 1) {
            gzclose(m_file);
            m_file = nullptr;
            throw Error(ErrorKind::Corrupt, path + ": not a gzip file");
        }
    }
    ~GzLineReader()
    {
        if (m_file)
            gzclose(m_file);
    }
    GzLineReader(const GzLineReader &) = delete;
    GzLineReader &operator=(const GzLineReader &) = delete;

    // Next line without its line end (LF or CRLF); false at the end.
    bool readLine(std::string &line)
    {
        line.clear();
        for (;;) {
            if (m_pos == m_end && !fill())
                break;
            const char *begin = m_buffer.data() + m_pos;
            const char *end = m_buffer.data() + m_end;
            const char *newline = std::find(begin, end, '\n');
            line.append(begin, newline);
            m_pos += static_cast<std::size_t>(newline - begin);
            if (newline != end) {
                ++m_pos;
                ++m_line;
                stripCr(line);
                return true;
            }
        }
        if (line.empty())
            return false;
        ++m_line;
        stripCr(line);
        return true;
    }

    // 1-based number of the last line returned.
    std::uint64_t line() const { return m_line; }

private:
    static void stripCr(std::string &line)
    {
        if (!line.empty() && line.back() == '\r')
            line.pop_back();
    }

    bool fill()
    {
        const int got = gzread(m_file, m_buffer.data(), static_cast<unsigned>(m_buffer.size()));
        int code = Z_OK;
        const char *message = gzerror(m_file, &code);
        // zlib reports a truncated stream as Z_BUF_ERROR with a 0 or short read.
        if (got < 0 || (code != Z_OK && code != Z_STREAM_END))
            throw Error(ErrorKind::Corrupt,
                        m_path + ": damaged gzip data (" + std::string(message ? message : "?") + ")");
        m_pos = 0;
        m_end = static_cast<std::size_t>(got);
        return got > 0;
    }

    std::string m_path;
    gzFile m_file = nullptr;
    std::vector<char> m_buffer = std::vector<char>(64 * 1024);
    std::size_t m_pos = 0;
    std::size_t m_end = 0;
    std::uint64_t m_line = 0;
};

std::vector<std::string> splitOn(const std::string &line, char separator)
{
    std::vector<std::string> fields;
    std::size_t start = 0;
    for (;;) {
        const std::size_t next = line.find(separator, start);
        if (next == std::string::npos) {
            fields.push_back(line.substr(start));
            return fields;
        }
        fields.push_back(line.substr(start, next - start));
        start = next + 1;
    }
}

// Fields separated by runs of blanks (the diabetes file).
std::vector<std::string> splitBlanks(const std::string &line)
{
    std::vector<std::string> fields;
    std::size_t i = 0;
    while (i < line.size()) {
        while (i < line.size() && (line[i] == ' ' || line[i] == '\t'))
            ++i;
        const std::size_t start = i;
        while (i < line.size() && line[i] != ' ' && line[i] != '\t')
            ++i;
        if (i > start)
            fields.push_back(line.substr(start, i - start));
    }
    return fields;
}

std::vector<std::string> numberedNames(std::size_t count)
{
    std::vector<std::string> names;
    for (std::size_t i = 0; i < count; ++i)
        names.push_back("x" + std::to_string(i));
    return names;
}

// scikit-learn's own feature names (sklearn/datasets/_base.py, version 1.2).
std::vector<std::string> knownFeatureNames(const std::string &name, std::size_t count)
{
    std::vector<std::string> names;
    if (name == "iris") {
        names = {"sepal length (cm)", "sepal width (cm)", "petal length (cm)", "petal width (cm)"};
    } else if (name == "wine") {
        names = {"alcohol",         "malic_acid",      "ash",        "alcalinity_of_ash",
                 "magnesium",       "total_phenols",   "flavanoids", "nonflavanoid_phenols",
                 "proanthocyanins", "color_intensity", "hue",        "od280/od315_of_diluted_wines",
                 "proline"};
    } else if (name == "breast_cancer") {
        const char *const kinds[] = {"radius",      "texture",   "perimeter",      "area",     "smoothness",
                                     "compactness", "concavity", "concave points", "symmetry", "fractal dimension"};
        for (const char *kind : kinds)
            names.push_back(std::string("mean ") + kind);
        for (const char *kind : kinds)
            names.push_back(std::string(kind) + " error");
        for (const char *kind : kinds)
            names.push_back(std::string("worst ") + kind);
    } else if (name == "digits") {
        for (int r = 0; r < 8; ++r)
            for (int c = 0; c < 8; ++c)
                names.push_back("pixel_" + std::to_string(r) + "_" + std::to_string(c));
    } else if (name == "diabetes") {
        names = {"age", "sex", "bmi", "bp", "s1", "s2", "s3", "s4", "s5", "s6"};
    }
    if (names.size() != count)
        return numberedNames(count);
    return names;
}

void requireFile(const std::string &path)
{
    std::error_code ec;
    if (!fs::is_regular_file(path, ec))
        throw Error(ErrorKind::Io, path + ": file not found (the Debian package python3-sklearn provides it)");
}

void checkClassTarget(const std::string &text, int classes, const std::string &where, std::vector<double> &y)
{
    const std::optional<long long> target = integerValue(trim(text));
    if (!target || *target >= classes)
        throw Error(ErrorKind::InvalidData,
                    where + ": target '" + text + "' is not a class index 0.." + std::to_string(classes - 1));
    y.push_back(static_cast<double>(*target));
}

// iris.csv, wine_data.csv, breast_cancer.csv: a first line
// "n_samples,n_features,class names..." then features and an integer target.
Dataset loadSklearnCsv(const std::string &name, const std::string &path)
{
    requireFile(path);
    CsvReader reader(path);
    std::vector<std::string> fields;
    if (!reader.readRecord(fields))
        throw Error(ErrorKind::InvalidData, path + ": the file is empty");
    if (fields.size() < 4)
        throw Error(ErrorKind::InvalidData,
                    path + ", line 1: expected 'n_samples,n_features,class names...' with at least two classes");
    const std::optional<long long> samples = integerValue(trim(fields[0]));
    const std::optional<long long> features = integerValue(trim(fields[1]));
    if (!samples || !features || *features < 1 || *features > 1000000)
        throw Error(ErrorKind::InvalidData,
                    path + ", line 1: '" + fields[0] + "," + fields[1] + "' are not the sample and feature counts");

    Dataset data;
    data.name = name;
    data.task = Task::Classification;
    data.features = static_cast<std::size_t>(*features);
    data.classes = static_cast<int>(fields.size() - 2);
    data.featureNames = knownFeatureNames(name, data.features);
    data.source = path;
    // The header's count only sizes the buffers; a wrong one is caught below.
    const std::size_t expected = std::min<std::size_t>(static_cast<std::size_t>(*samples), 1u << 20);
    data.x.reserve(expected * data.features);
    data.y.reserve(expected);

    while (reader.readRecord(fields)) {
        if (isBlankRecord(fields))
            continue;
        const std::uint64_t line = reader.recordLine();
        const std::string where = path + ", line " + std::to_string(line);
        if (fields.size() != data.features + 1)
            throw Error(ErrorKind::InvalidData, where + ": " + std::to_string(fields.size()) + " fields, expected "
                                                    + std::to_string(data.features + 1) + " (features and the target)");
        for (std::size_t c = 0; c < data.features; ++c)
            data.x.push_back(featureValue(fields[c], where + ", column " + std::to_string(c + 1)));
        checkClassTarget(fields.back(), data.classes, where, data.y);
        ++data.rows;
    }
    if (data.rows != static_cast<std::size_t>(*samples))
        throw Error(ErrorKind::InvalidData, path + ": the header announces " + std::to_string(*samples)
                                                + " samples but the file has " + std::to_string(data.rows));
    return data;
}

// digits.csv.gz: no header, 64 pixel values and the digit on each line.
Dataset loadDigits(const std::string &path)
{
    requireFile(path);
    constexpr std::size_t pixels = 64;
    constexpr int digits = 10;
    Dataset data;
    data.name = "digits";
    data.task = Task::Classification;
    data.features = pixels;
    data.classes = digits;
    data.featureNames = knownFeatureNames(data.name, pixels);
    data.source = path;

    GzLineReader reader(path);
    std::string line;
    while (reader.readLine(line)) {
        if (trim(line).empty())
            continue;
        const std::string where = path + ", line " + std::to_string(reader.line());
        const std::vector<std::string> fields = splitOn(line, ',');
        if (fields.size() != pixels + 1)
            throw Error(ErrorKind::InvalidData, where + ": " + std::to_string(fields.size()) + " fields, expected "
                                                    + std::to_string(pixels + 1) + " (64 pixels and the digit)");
        for (std::size_t c = 0; c < pixels; ++c)
            data.x.push_back(featureValue(fields[c], where + ", column " + std::to_string(c + 1)));
        checkClassTarget(fields.back(), digits, where, data.y);
        ++data.rows;
    }
    if (data.rows == 0)
        throw Error(ErrorKind::InvalidData, path + ": no data rows");
    return data;
}

// diabetes_data_raw.csv.gz (10 blank-separated features, unscaled: sklearn's
// load_diabetes(scaled=False)) and diabetes_target.csv.gz (one value a line).
Dataset loadDiabetes(const std::string &dataPath, const std::string &targetPath)
{
    requireFile(dataPath);
    requireFile(targetPath);
    constexpr std::size_t columns = 10;
    Dataset data;
    data.name = "diabetes";
    data.task = Task::Regression;
    data.features = columns;
    data.featureNames = knownFeatureNames(data.name, columns);
    data.source = dataPath + "; " + targetPath;

    {
        GzLineReader reader(dataPath);
        std::string line;
        while (reader.readLine(line)) {
            if (trim(line).empty())
                continue;
            const std::string where = dataPath + ", line " + std::to_string(reader.line());
            const std::vector<std::string> fields = splitBlanks(line);
            if (fields.size() != columns)
                throw Error(ErrorKind::InvalidData, where + ": " + std::to_string(fields.size()) + " fields, expected "
                                                        + std::to_string(columns));
            for (std::size_t c = 0; c < columns; ++c)
                data.x.push_back(featureValue(fields[c], where + ", column " + std::to_string(c + 1)));
            ++data.rows;
        }
    }
    {
        GzLineReader reader(targetPath);
        std::string line;
        while (reader.readLine(line)) {
            const std::string_view text = trim(line);
            if (text.empty())
                continue;
            const std::optional<double> value = parseNumber(text);
            if (!value || !std::isfinite(*value))
                throw Error(ErrorKind::InvalidData, targetPath + ", line " + std::to_string(reader.line()) + ": '"
                                                        + std::string(text) + "' is not a finite number");
            data.y.push_back(*value);
        }
    }
    if (data.rows == 0)
        throw Error(ErrorKind::InvalidData, dataPath + ": no data rows");
    if (data.y.size() != data.rows)
        throw Error(ErrorKind::InvalidData, targetPath + ": " + std::to_string(data.y.size()) + " targets for the "
                                                + std::to_string(data.rows) + " rows of " + dataPath);
    return data;
}

// Class indices for the raw target texts: numeric order when every value is a
// number (so "2" < "10" and "1" equals "1.0"), otherwise lexicographic.
std::vector<double> classIndices(const std::vector<std::string> &targets, const std::string &path,
                                 const std::string &column, int &classes)
{
    std::vector<double> numbers;
    numbers.reserve(targets.size());
    bool allNumeric = true;
    for (const std::string &t : targets) {
        const std::optional<double> value = parseNumber(t);
        if (!value || std::isnan(*value)) {
            allNumeric = false;
            break;
        }
        numbers.push_back(*value);
    }

    std::vector<double> y(targets.size());
    if (allNumeric) {
        std::vector<double> distinct = numbers;
        std::sort(distinct.begin(), distinct.end());
        distinct.erase(std::unique(distinct.begin(), distinct.end()), distinct.end());
        for (std::size_t r = 0; r < numbers.size(); ++r)
            y[r] =
                static_cast<double>(std::lower_bound(distinct.begin(), distinct.end(), numbers[r]) - distinct.begin());
        classes = static_cast<int>(distinct.size());
    } else {
        std::map<std::string, int> index;
        for (const std::string &t : targets)
            index.emplace(t, 0);
        int next = 0;
        for (auto &entry : index)
            entry.second = next++;
        for (std::size_t r = 0; r < targets.size(); ++r)
            y[r] = index[targets[r]];
        classes = next;
    }
    if (classes < 2)
        throw Error(ErrorKind::InvalidData, path + ", column '" + column + "': " + std::to_string(classes)
                                                + " distinct value(s); classification needs at least two classes");
    return y;
}

} // namespace

Dataset loadCsvDataset(const std::string &path, const std::string &targetColumn, Task task, const std::string &name)
{
    CsvReader reader(path);
    std::vector<std::string> header;
    if (!reader.readRecord(header) || isBlankRecord(header))
        throw Error(ErrorKind::InvalidData, path + ": the file is empty (expected a header line with column names)");
    for (std::string &column : header)
        column = std::string(trim(column));

    const std::string target(trim(targetColumn));
    const auto found = std::find(header.begin(), header.end(), target);
    if (found == header.end())
        throw Error(ErrorKind::InvalidData,
                    path + ": no target column '" + target + "'; the columns are: " + joinList(header));
    if (std::find(found + 1, header.end(), target) != header.end())
        throw Error(ErrorKind::InvalidData, path + ": the target column '" + target + "' appears more than once");
    if (header.size() < 2)
        throw Error(ErrorKind::InvalidData, path + ": no feature columns besides the target '" + target + "'");
    const auto targetIndex = static_cast<std::size_t>(found - header.begin());

    Dataset data;
    data.name = name.empty() ? fs::path(path).stem().string() : name;
    data.task = task;
    data.features = header.size() - 1;
    data.source = path;
    for (std::size_t c = 0; c < header.size(); ++c)
        if (c != targetIndex)
            data.featureNames.push_back(header[c]);

    std::vector<std::string> targets; // raw texts, mapped once all are known
    std::vector<std::string> fields;
    while (reader.readRecord(fields)) {
        if (isBlankRecord(fields))
            continue;
        const std::uint64_t line = reader.recordLine();
        if (fields.size() != header.size())
            throw Error(ErrorKind::InvalidData, path + ", line " + std::to_string(line) + ": "
                                                    + std::to_string(fields.size()) + " fields, but the header has "
                                                    + std::to_string(header.size()));
        for (std::size_t c = 0; c < fields.size(); ++c) {
            if (c == targetIndex)
                continue;
            data.x.push_back(featureValue(fields[c], cellRef(path, line, header[c])));
        }
        const std::string value(trim(fields[targetIndex]));
        if (value.empty())
            throw Error(ErrorKind::InvalidData, cellRef(path, line, target) + ": the target is empty");
        if (task == Task::Regression) {
            const std::optional<double> number = parseNumber(value);
            if (!number || !std::isfinite(*number))
                throw Error(ErrorKind::InvalidData, cellRef(path, line, target) + ": '" + value
                                                        + "' is not a finite number (regression needs numbers)");
            data.y.push_back(*number);
        } else {
            targets.push_back(value);
        }
        ++data.rows;
    }
    if (data.rows == 0)
        throw Error(ErrorKind::InvalidData, path + ": no data rows after the header");
    if (task == Task::Classification)
        data.y = classIndices(targets, path, target, data.classes);
    return data;
}

Dataset loadSklearnDataset(const std::string &name, const std::string &dir)
{
    const auto file = [&dir](const char *fileName) { return (fs::path(dir) / fileName).string(); };
    if (name == "iris")
        return loadSklearnCsv(name, file("iris.csv"));
    if (name == "wine")
        return loadSklearnCsv(name, file("wine_data.csv"));
    if (name == "breast_cancer")
        return loadSklearnCsv(name, file("breast_cancer.csv"));
    if (name == "digits")
        return loadDigits(file("digits.csv.gz"));
    if (name == "diabetes")
        return loadDiabetes(file("diabetes_data_raw.csv.gz"), file("diabetes_target.csv.gz"));
    throw Error(ErrorKind::InvalidArgument,
                "unknown scikit-learn dataset '" + name + "'; known: iris, wine, breast_cancer, digits, diabetes");
}

std::string findSklearnDataDir()
{
    const auto holdsData = [](const fs::path &dir) {
        std::error_code ec;
        return fs::is_regular_file(dir / "iris.csv", ec);
    };
    // An explicit override wins, also when it is wrong: the caller then reports
    // the missing files under the folder the user named.
    if (const char *overrideDir = std::getenv("HPLX_SKLEARN_DATA"); overrideDir && *overrideDir)
        return overrideDir;

    const fs::path debian = "/usr/lib/python3/dist-packages/sklearn/datasets/data";
    if (holdsData(debian))
        return debian.string();
    // pip installs: /usr/lib/python3.X/site-packages or /usr/local/lib/python3.X/dist-packages.
    for (const char *prefix : {"/usr/local/lib", "/usr/lib"}) {
        std::error_code ec;
        fs::directory_iterator it(prefix, ec);
        if (ec)
            continue;
        std::vector<fs::path> candidates;
        for (; it != fs::directory_iterator(); it.increment(ec)) {
            if (ec)
                break;
            const std::string dirName = it->path().filename().string();
            if (dirName.rfind("python3", 0) != 0)
                continue;
            for (const char *packages : {"dist-packages", "site-packages"})
                candidates.push_back(it->path() / packages / "sklearn" / "datasets" / "data");
        }
        std::sort(candidates.begin(), candidates.end()); // directory order is unspecified
        for (const fs::path &candidate : candidates)
            if (holdsData(candidate))
                return candidate.string();
    }
    return {};
}

Dataset subset(const Dataset &data, const std::vector<std::size_t> &rows)
{
    Dataset out;
    out.name = data.name;
    out.task = data.task;
    out.features = data.features;
    out.classes = data.classes;
    out.featureNames = data.featureNames;
    out.source = data.source;
    out.rows = rows.size();
    out.x.reserve(rows.size() * data.features);
    out.y.reserve(rows.size());
    for (const std::size_t r : rows) {
        if (r >= data.rows)
            throw Error(ErrorKind::InvalidArgument, "row " + std::to_string(r) + " is outside the dataset '" + data.name
                                                        + "' of " + std::to_string(data.rows) + " rows");
        const float *begin = data.row(r);
        out.x.insert(out.x.end(), begin, begin + data.features);
        out.y.push_back(data.y[r]);
    }
    return out;
}

} // namespace hplx::build
