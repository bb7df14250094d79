// Dataset: the CSV loader (class mapping, regression, every error), the
// scikit-learn toy-data loaders against the installed files (skipped when
// python3-sklearn is absent) and against hand-made files in a fake data folder,
// including damaged gzip files, and subset().
#include "core/CoreTestHelpers.h"

#include "build/Dataset.h"

#include <QTemporaryDir>
#include <QtTest>

#include <cstdint>
#include <map>

using namespace hplx;
using namespace hplx::build;
using hplxtest::errorFrom;

Q_DECLARE_METATYPE(hplx::build::Task)
Q_DECLARE_METATYPE(hplx::ErrorKind)

namespace {

std::vector<double> column(const Dataset &data, std::size_t c)
{
    std::vector<double> values;
    for (std::size_t r = 0; r < data.rows; ++r)
        values.push_back(static_cast<double>(data.row(r)[c]));
    return values;
}

std::map<int, int> classCounts(const Dataset &data)
{
    std::map<int, int> counts;
    for (const double label : data.y)
        ++counts[static_cast<int>(label)];
    return counts;
}

std::uint32_t crc32(const QByteArray &bytes)
{
    std::uint32_t crc = 0xFFFFFFFFu;
    for (const char ch : bytes) {
        crc ^= static_cast<std::uint8_t>(ch);
        for (int bit = 0; bit < 8; ++bit)
            crc = (crc >> 1) ^ (0xEDB88320u & (0u - (crc & 1u)));
    }
    return ~crc;
}

void appendLe(QByteArray &out, std::uint32_t value, int bytes)
{
    for (int i = 0; i < bytes; ++i)
        out.append(static_cast<char>((value >> (8 * i)) & 0xFFu));
}

// A valid gzip file of `text` made of stored (uncompressed) deflate blocks, so
// the test needs no zlib of its own (RFC 1952 header and trailer, RFC 1951 3.2.4).
QByteArray gzipStored(const QByteArray &text)
{
    QByteArray out("\x1f\x8b\x08\x00\x00\x00\x00\x00\x00\xff", 10);
    qsizetype pos = 0;
    do {
        const qsizetype length = std::min<qsizetype>(text.size() - pos, 65535);
        const bool last = pos + length == text.size();
        out.append(last ? '\x01' : '\x00');
        appendLe(out, static_cast<std::uint32_t>(length), 2);
        appendLe(out, static_cast<std::uint32_t>(~length & 0xFFFF), 2);
        out.append(text.mid(pos, length));
        pos += length;
    } while (pos < text.size());
    appendLe(out, crc32(text), 4);
    appendLe(out, static_cast<std::uint32_t>(text.size()), 4);
    return out;
}

// Lines of 64 pixel values and a digit: pixel p of line i is (i + p) % 17.
QByteArray fakeDigits(int lines)
{
    QByteArray text;
    for (int i = 0; i < lines; ++i) {
        for (int p = 0; p < 64; ++p)
            text += QByteArray::number((i + p) % 17) + ',';
        text += QByteArray::number(i % 10) + '\n';
    }
    return text;
}

} // namespace

class TestDataset : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();

    void csvNumericTarget();
    void csvLabelTarget();
    void csvRegression();
    void csvFormatting();
    void csvErrors_data();
    void csvErrors();
    void csvMissingFile();

    void sklearnInstalled_data();
    void sklearnInstalled();
    void sklearnUnknownName();
    void sklearnMissingFiles();
    void sklearnFakeFolder();
    void sklearnFakeFolderErrors_data();
    void sklearnFakeFolderErrors();
    void sklearnDataDirOverride();

    void subsetRows();

private:
    QString write(const QString &fileName, const QByteArray &bytes);
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestDataset::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

QString TestDataset::write(const QString &fileName, const QByteArray &bytes)
{
    const QString path = m_dir->filePath(fileName);
    hplxtest::writeFile(path, bytes);
    return path;
}

void TestDataset::csvNumericTarget()
{
    // Targets 10, 2, 1.5, 2.0, 10: numeric order 1.5 < 2 < 10 (not "10" < "1.5"
    // < "2" as text), and "2" and "2.0" are the same class.
    const QString path = write(QStringLiteral("quality.csv"), "a,b,grade\n"
                                                              "1,0.5,10\n"
                                                              "2,-1e3,2\n"
                                                              "3,7,1.5\n"
                                                              "4,8,2.0\n"
                                                              "5,9,10\n");
    const Dataset data = loadCsvDataset(path.toStdString(), "grade", Task::Classification);
    QCOMPARE(data.name, std::string("quality"));
    QCOMPARE(data.source, path.toStdString());
    QVERIFY(data.task == Task::Classification);
    QCOMPARE(data.rows, std::size_t{5});
    QCOMPARE(data.features, std::size_t{2});
    QCOMPARE(data.classes, 3);
    QVERIFY(data.featureNames == (std::vector<std::string>{"a", "b"}));
    QVERIFY(data.y == (std::vector<double>{2, 1, 0, 1, 2}));
    QVERIFY(column(data, 0) == (std::vector<double>{1, 2, 3, 4, 5}));
    QVERIFY(column(data, 1) == (std::vector<double>{0.5, -1000, 7, 8, 9}));
}

void TestDataset::csvLabelTarget()
{
    // The target in the middle; labels sorted as text: "10" < "2" < "setosa" < "virginica".
    const QString path = write(QStringLiteral("flowers.csv"), "x,species,z\n"
                                                              "1,virginica,10\n"
                                                              "2,setosa,20\n"
                                                              "3,10,30\n"
                                                              "4,2,40\n"
                                                              "5,setosa,50\n");
    const Dataset data = loadCsvDataset(path.toStdString(), "species", Task::Classification, "my flowers");
    QCOMPARE(data.name, std::string("my flowers"));
    QCOMPARE(data.classes, 4);
    QVERIFY(data.featureNames == (std::vector<std::string>{"x", "z"}));
    QVERIFY(data.y == (std::vector<double>{3, 2, 0, 1, 2}));
    QVERIFY(column(data, 1) == (std::vector<double>{10, 20, 30, 40, 50}));
}

void TestDataset::csvRegression()
{
    const QString path = write(QStringLiteral("houses.csv"), "price,rooms,area\n"
                                                             "250000,3,80.5\n"
                                                             "1.5e5,2,60\n"
                                                             "-3,1,1\n");
    const Dataset data = loadCsvDataset(path.toStdString(), "price", Task::Regression);
    QVERIFY(data.task == Task::Regression);
    QCOMPARE(data.classes, 0);
    QVERIFY(data.y == (std::vector<double>{250000, 150000, -3}));
    QVERIFY(data.featureNames == (std::vector<std::string>{"rooms", "area"}));
    QVERIFY(column(data, 1) == (std::vector<double>{80.5, 60, 1}));
}

void TestDataset::csvFormatting()
{
    // BOM, CRLF, quoted header and cells, blanks around values, blank lines.
    const QString path = write(QStringLiteral("messy.csv"), "\xEF\xBB\xBF\"feature, one\", label \r\n"
                                                            "\r\n"
                                                            " 1.5 ,\"b\"\r\n"
                                                            "\"2\",a\r\n"
                                                            "\r\n");
    const Dataset data = loadCsvDataset(path.toStdString(), "label", Task::Classification);
    QCOMPARE(data.rows, std::size_t{2});
    QVERIFY(data.featureNames == (std::vector<std::string>{"feature, one"}));
    QVERIFY(data.y == (std::vector<double>{1, 0}));
    QVERIFY(column(data, 0) == (std::vector<double>{1.5, 2}));
}

void TestDataset::csvErrors_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("target");
    QTest::addColumn<Task>("task");
    QTest::addColumn<ErrorKind>("kind");
    QTest::addColumn<QStringList>("parts"); // each must be in the message

    const Task classify = Task::Classification;
    const Task regress = Task::Regression;
    const ErrorKind invalid = ErrorKind::InvalidData;

    QTest::newRow("non-numeric feature") << QByteArray("alcohol,ash,class\n13.2,2.1,a\n12.1,2.3,b\nabc,2.0,a\n")
                                         << "class" << classify << invalid
                                         << QStringList{"wine.csv, line 4, column 'alcohol': 'abc' is not a number"};
    QTest::newRow("empty feature") << QByteArray("alcohol,ash,class\n13.2,,a\n") << "class" << classify << invalid
                                   << QStringList{"wine.csv, line 2, column 'ash'", "empty"};
    QTest::newRow("blank feature") << QByteArray("alcohol,ash,class\n13.2,  ,a\n") << "class" << classify << invalid
                                   << QStringList{"line 2, column 'ash'", "empty"};
    QTest::newRow("nan feature") << QByteArray("alcohol,ash,class\n13.2,nan,a\n14,1,b\n") << "class" << classify
                                 << invalid << QStringList{"line 2, column 'ash'", "'nan'", "finite"};
    QTest::newRow("beyond float") << QByteArray("alcohol,ash,class\n1e39,1,a\n14,1,b\n") << "class" << classify
                                  << invalid << QStringList{"line 2, column 'alcohol'", "'1e39'"};
    QTest::newRow("missing target") << QByteArray("alcohol,ash,class\n1,2,a\n") << "quality" << classify << invalid
                                    << QStringList{"no target column 'quality'", "alcohol, ash, class"};
    QTest::newRow("duplicate target") << QByteArray("class,ash,class\n1,2,a\n") << "class" << classify << invalid
                                      << QStringList{"'class' appears more than once"};
    QTest::newRow("only the target") << QByteArray("class\na\nb\n") << "class" << classify << invalid
                                     << QStringList{"no feature columns"};
    QTest::newRow("short row") << QByteArray("alcohol,ash,class\n1,2,a\n1,b\n") << "class" << classify << invalid
                               << QStringList{"wine.csv, line 3", "2 fields", "header has 3"};
    QTest::newRow("long row") << QByteArray("alcohol,ash,class\n1,2,a,4\n") << "class" << classify << invalid
                              << QStringList{"line 2", "4 fields"};
    QTest::newRow("one class") << QByteArray("alcohol,ash,class\n1,2,a\n3,4,a\n") << "class" << classify << invalid
                               << QStringList{"column 'class'", "at least two classes"};
    QTest::newRow("one numeric class") << QByteArray("alcohol,ash,class\n1,2,1\n3,4,1.0\n") << "class" << classify
                                       << invalid << QStringList{"1 distinct value", "at least two classes"};
    QTest::newRow("empty target") << QByteArray("alcohol,ash,class\n1,2,a\n3,4,\n") << "class" << classify << invalid
                                  << QStringList{"line 3, column 'class'", "target is empty"};
    QTest::newRow("label as regression target")
        << QByteArray("alcohol,ash,price\n1,2,3\n3,4,cheap\n") << "price" << regress << invalid
        << QStringList{"line 3, column 'price': 'cheap' is not a finite number"};
    QTest::newRow("empty file") << QByteArray() << "class" << classify << invalid
                                << QStringList{"wine.csv", "header line"};
    QTest::newRow("header only") << QByteArray("alcohol,class\n\n") << "class" << classify << invalid
                                 << QStringList{"no data rows"};
    QTest::newRow("open quote") << QByteArray("alcohol,class\n\"1,a\n") << "class" << classify << invalid
                                << QStringList{"wine.csv"};
}

void TestDataset::csvErrors()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, target);
    QFETCH(Task, task);
    QFETCH(ErrorKind, kind);
    QFETCH(QStringList, parts);

    const std::string path = write(QStringLiteral("wine.csv"), bytes).toStdString();
    const auto error = errorFrom([&] { loadCsvDataset(path, target.toStdString(), task); });
    HPLX_VERIFY_ERROR(error, kind);
    for (const QString &part : parts)
        HPLX_VERIFY_MESSAGE(error, part.toStdString());
}

void TestDataset::csvMissingFile()
{
    const std::string path = m_dir->filePath(QStringLiteral("absent.csv")).toStdString();
    const auto error = errorFrom([&] { loadCsvDataset(path, "y", Task::Regression); });
    HPLX_VERIFY_ERROR(error, ErrorKind::Io);
    HPLX_VERIFY_MESSAGE(error, "absent.csv");
}

// Values from the files python3-sklearn 1.2.1 installs in
// /usr/lib/python3/dist-packages/sklearn/datasets/data, read with head, tail,
// zcat and awk: first and last rows, and the class counts of the target column.
void TestDataset::sklearnInstalled_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<int>("rows");
    QTest::addColumn<int>("features");
    QTest::addColumn<int>("classes");
    QTest::addColumn<QList<int>>("counts");   // rows per class; empty for regression
    QTest::addColumn<QList<double>>("first"); // first row's features, then its target
    QTest::addColumn<QList<double>>("last");  // last row's features, then its target
    QTest::addColumn<QString>("firstFeature");

    // iris.csv: "150,4,setosa,versicolor,virginica", "5.1,3.5,1.4,0.2,0" ... "5.9,3.0,5.1,1.8,2"
    QTest::newRow("iris") << "iris" << 150 << 4 << 3 << QList<int>{50, 50, 50} << QList<double>{5.1, 3.5, 1.4, 0.2, 0}
                          << QList<double>{5.9, 3.0, 5.1, 1.8, 2} << "sepal length (cm)";
    // wine_data.csv: "178,13,class_0,class_1,class_2"
    QTest::newRow("wine") << "wine" << 178 << 13 << 3 << QList<int>{59, 71, 48}
                          << QList<double>{14.23, 1.71, 2.43, 15.6, 127,  2.8,  3.06,
                                           0.28,  2.29, 5.64, 1.04, 3.92, 1065, 0}
                          << QList<double>{14.13, 4.1, 2.74, 24.5, 96, 2.05, 0.76, 0.56, 1.35, 9.2, 0.61, 1.6, 560, 2}
                          << "alcohol";
    // breast_cancer.csv: "569,30,malignant,benign"; first row 17.99,10.38,...,0.1189,0
    QList<double> firstCancer{17.99,   10.38,   122.8,   1001,     0.1184, 0.2776, 0.3001,   0.1471,
                              0.2419,  0.07871, 1.095,   0.9053,   8.589,  153.4,  0.006399, 0.04904,
                              0.05373, 0.01587, 0.03003, 0.006193, 25.38,  17.33,  184.6,    2019,
                              0.1622,  0.6656,  0.7119,  0.2654,   0.4601, 0.1189, 0};
    QList<double> lastCancer{7.76,    24.54,   47.92,   181,      0.05263, 0.04362, 0,        0,
                             0.1587,  0.05884, 0.3857,  1.428,    2.548,   19.15,   0.007189, 0.00466,
                             0,       0,       0.02676, 0.002783, 9.456,   30.37,   59.16,    268.6,
                             0.08996, 0.06444, 0,       0,        0.2871,  0.07039, 1};
    QTest::newRow("breast_cancer") << "breast_cancer" << 569 << 30 << 2 << QList<int>{212, 357} << firstCancer
                                   << lastCancer << "mean radius";
    // digits.csv.gz (no header): first line starts 0,0,5,13,9,1,0,0,0,0,13,15,10,15,5,0 and ends ...,0,0 (digit 0)
    QList<double> firstDigit{0, 0,  5, 13, 9,  1, 0,  0, 0,  0,  13, 15, 10, 15, 5, 0,  0,  3, 15, 2, 0,  11,
                             8, 0,  0, 4,  12, 0, 0,  8, 8,  0,  0,  5,  8,  0,  0, 9,  8,  0, 0,  4, 11, 0,
                             1, 12, 7, 0,  0,  2, 14, 5, 10, 12, 0,  0,  0,  0,  6, 13, 10, 0, 0,  0, 0};
    QList<double> lastDigit{0, 0,  10, 14, 8, 1,  0,  0,  0, 2,  16, 14, 6,  1,  0,  0,  0,  0,  15, 15, 8,  15,
                            0, 0,  0,  0,  5, 16, 16, 10, 0, 0,  0,  0,  12, 15, 15, 12, 0,  0,  0,  4,  16, 6,
                            4, 16, 6,  0,  0, 8,  16, 10, 8, 16, 8,  0,  0,  1,  8,  12, 14, 12, 1,  0,  8};
    QTest::newRow("digits") << "digits" << 1797 << 64 << 10
                            << QList<int>{178, 182, 177, 183, 181, 182, 181, 179, 174, 180} << firstDigit << lastDigit
                            << "pixel_0_0";
    // diabetes_data_raw.csv.gz: "59 2 32.1 101.0 157 93.2 38.0 4.0 4.8598 87" ...
    // "36 1 19.6 71.0 250 133.2 97.0 3.0 4.5951 92"; diabetes_target.csv.gz:
    // "1.510000000000000000e+02" ... "5.700000000000000000e+01"
    QTest::newRow("diabetes") << "diabetes" << 442 << 10 << 0 << QList<int>{}
                              << QList<double>{59, 2, 32.1, 101.0, 157, 93.2, 38.0, 4.0, 4.8598, 87, 151}
                              << QList<double>{36, 1, 19.6, 71.0, 250, 133.2, 97.0, 3.0, 4.5951, 92, 57} << "age";
}

void TestDataset::sklearnInstalled()
{
    QFETCH(QString, name);
    QFETCH(int, rows);
    QFETCH(int, features);
    QFETCH(int, classes);
    QFETCH(QList<int>, counts);
    QFETCH(QList<double>, first);
    QFETCH(QList<double>, last);
    QFETCH(QString, firstFeature);

    const std::string dir = findSklearnDataDir();
    if (dir.empty()) {
        // Not QSKIP: clang's -Wpedantic rejects its empty variadic argument list.
        QTest::qSkip("python3-sklearn's data folder is not installed", __FILE__, __LINE__);
        return;
    }
    const Dataset data = loadSklearnDataset(name.toStdString(), dir);
    QCOMPARE(data.name, name.toStdString());
    QCOMPARE(data.rows, static_cast<std::size_t>(rows));
    QCOMPARE(data.features, static_cast<std::size_t>(features));
    QCOMPARE(data.x.size(), data.rows * data.features);
    QCOMPARE(data.y.size(), data.rows);
    QCOMPARE(data.classes, classes);
    QVERIFY(data.task == (classes == 0 ? Task::Regression : Task::Classification));
    QCOMPARE(data.featureNames.size(), data.features);
    QCOMPARE(QString::fromStdString(data.featureNames.front()), firstFeature);
    QVERIFY(hplxtest::contains(data.source, dir));

    if (!counts.isEmpty()) {
        const std::map<int, int> found = classCounts(data);
        QCOMPARE(found.size(), static_cast<std::size_t>(counts.size()));
        for (int c = 0; c < counts.size(); ++c)
            QCOMPARE(found.at(c), counts[c]);
    }
    QCOMPARE(first.size(), features + 1);
    QCOMPARE(last.size(), features + 1);
    for (int c = 0; c < features; ++c) {
        const auto column = static_cast<std::size_t>(c);
        QCOMPARE(data.row(0)[column], static_cast<float>(first[c]));
        QCOMPARE(data.row(data.rows - 1)[column], static_cast<float>(last[c]));
    }
    QCOMPARE(data.y.front(), first.back());
    QCOMPARE(data.y.back(), last.back());
}

void TestDataset::sklearnUnknownName()
{
    const auto error = errorFrom([&] { loadSklearnDataset("boston", m_dir->path().toStdString()); });
    HPLX_VERIFY_ERROR(error, ErrorKind::InvalidArgument);
    HPLX_VERIFY_MESSAGE(error, "'boston'");
    HPLX_VERIFY_MESSAGE(error, "iris, wine, breast_cancer, digits, diabetes");
}

void TestDataset::sklearnMissingFiles()
{
    const std::string dir = m_dir->path().toStdString();
    const std::pair<const char *, const char *> cases[] = {{"iris", "iris.csv"},
                                                           {"wine", "wine_data.csv"},
                                                           {"breast_cancer", "breast_cancer.csv"},
                                                           {"digits", "digits.csv.gz"},
                                                           {"diabetes", "diabetes_data_raw.csv.gz"}};
    for (const auto &entry : cases) {
        const auto error = errorFrom([&] { loadSklearnDataset(entry.first, dir); });
        HPLX_VERIFY_ERROR(error, ErrorKind::Io);
        HPLX_VERIFY_MESSAGE(error, dir + "/" + entry.second);
        HPLX_VERIFY_MESSAGE(error, "python3-sklearn");
    }
    // The target file alone missing is named too.
    write(QStringLiteral("diabetes_data_raw.csv.gz"), gzipStored("1 2 3 4 5 6 7 8 9 10\n"));
    const auto error = errorFrom([&] { loadSklearnDataset("diabetes", dir); });
    HPLX_VERIFY_ERROR(error, ErrorKind::Io);
    HPLX_VERIFY_MESSAGE(error, "diabetes_target.csv.gz");
}

void TestDataset::sklearnFakeFolder()
{
    // Hand-made files in the formats of the real ones, so the loaders are
    // tested where python3-sklearn is not installed.
    const std::string dir = m_dir->path().toStdString();
    write(QStringLiteral("iris.csv"), "3,4,setosa,versicolor,virginica\n"
                                      "5.1,3.5,1.4,0.2,0\n"
                                      "6.0,2.2,4.0,1.0,1\n"
                                      "6.3,3.3,6.0,2.5,2\n");
    Dataset iris = loadSklearnDataset("iris", dir);
    QCOMPARE(iris.rows, std::size_t{3});
    QCOMPARE(iris.classes, 3);
    QVERIFY(iris.y == (std::vector<double>{0, 1, 2}));
    QCOMPARE(iris.featureNames[3], std::string("petal width (cm)"));
    QCOMPARE(iris.row(1)[1], 2.2f);

    // A header with fewer features than sklearn's own file: numbered names.
    write(QStringLiteral("wine_data.csv"), "2,2,class_0,class_1\n1,2,0\n3,4,1\n");
    const Dataset wine = loadSklearnDataset("wine", dir);
    QVERIFY(wine.featureNames == (std::vector<std::string>{"x0", "x1"}));
    QCOMPARE(wine.classes, 2);

    write(QStringLiteral("digits.csv.gz"), gzipStored(fakeDigits(25)));
    const Dataset digits = loadSklearnDataset("digits", dir);
    QCOMPARE(digits.rows, std::size_t{25});
    QCOMPARE(digits.features, std::size_t{64});
    QCOMPARE(digits.classes, 10);
    QCOMPARE(digits.row(3)[5], 8.0f); // (3 + 5) % 17
    QCOMPARE(digits.y[24], 4.0);
    QCOMPARE(digits.featureNames.back(), std::string("pixel_7_7"));

    // More than one 64 KiB stored block and CRLF line ends.
    QByteArray big = fakeDigits(1500);
    big.replace("\n", "\r\n");
    QVERIFY(big.size() > 65535);
    write(QStringLiteral("digits.csv.gz"), gzipStored(big));
    QCOMPARE(loadSklearnDataset("digits", dir).rows, std::size_t{1500});

    write(QStringLiteral("diabetes_data_raw.csv.gz"), gzipStored("59 2 32.1 101.0 157 93.2 38.0 4.0 4.8598 87\n"
                                                                 "48  1 21.6 87.0 183 103.2 70.0 3.0 3.8918 69\n"));
    write(QStringLiteral("diabetes_target.csv.gz"), gzipStored("1.510000000000000000e+02\n7.5e+01\n"));
    const Dataset diabetes = loadSklearnDataset("diabetes", dir);
    QVERIFY(diabetes.task == Task::Regression);
    QCOMPARE(diabetes.classes, 0);
    QCOMPARE(diabetes.rows, std::size_t{2});
    QVERIFY(diabetes.y == (std::vector<double>{151, 75}));
    QCOMPARE(diabetes.row(1)[8], 3.8918f);
    QCOMPARE(diabetes.featureNames[4], std::string("s1"));
    QVERIFY(hplxtest::contains(diabetes.source, "diabetes_target.csv.gz"));
}

void TestDataset::sklearnFakeFolderErrors_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("file");
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<ErrorKind>("kind");
    QTest::addColumn<QStringList>("parts");

    const ErrorKind invalid = ErrorKind::InvalidData;
    const ErrorKind corrupt = ErrorKind::Corrupt;

    QTest::newRow("fewer samples than announced") << "iris"
                                                  << "iris.csv" << QByteArray("3,2,a,b\n1,2,0\n3,4,1\n") << invalid
                                                  << QStringList{"iris.csv", "announces 3 samples but the file has 2"};
    QTest::newRow("more samples than announced") << "iris"
                                                 << "iris.csv" << QByteArray("1,2,a,b\n1,2,0\n3,4,1\n") << invalid
                                                 << QStringList{"iris.csv", "announces 1 samples but the file has 2"};
    QTest::newRow("feature count mismatch") << "wine"
                                            << "wine_data.csv" << QByteArray("2,3,a,b\n1,2,0\n3,4,1\n") << invalid
                                            << QStringList{"wine_data.csv, line 2", "expected 4"};
    QTest::newRow("class out of range") << "breast_cancer"
                                        << "breast_cancer.csv" << QByteArray("2,2,malignant,benign\n1,2,0\n3,4,2\n")
                                        << invalid
                                        << QStringList{"breast_cancer.csv, line 3", "'2' is not a class index 0..1"};
    QTest::newRow("fractional class") << "iris"
                                      << "iris.csv" << QByteArray("1,1,a,b\n1,0.5\n") << invalid
                                      << QStringList{"'0.5' is not a class index"};
    QTest::newRow("bad header") << "iris"
                                << "iris.csv" << QByteArray("n,4,a,b\n") << invalid << QStringList{"iris.csv, line 1"};
    QTest::newRow("one class name") << "iris"
                                    << "iris.csv" << QByteArray("1,1,a\n1,0\n") << invalid
                                    << QStringList{"iris.csv, line 1", "two classes"};
    QTest::newRow("bad feature") << "iris"
                                 << "iris.csv" << QByteArray("1,1,a,b\nx,0\n") << invalid
                                 << QStringList{"iris.csv, line 2, column 1", "'x' is not a number"};

    QTest::newRow("garbage named .gz") << "digits"
                                       << "digits.csv.gz" << QByteArray("this is not gzip\x01\x02\x03 at all\n")
                                       << corrupt << QStringList{"digits.csv.gz", "not a gzip file"};
    const QByteArray digits = gzipStored(fakeDigits(5));
    QTest::newRow("truncated gzip") << "digits"
                                    << "digits.csv.gz" << digits.left(digits.size() - 30) << corrupt
                                    << QStringList{"digits.csv.gz", "damaged gzip"};
    QByteArray badCrc = digits;
    badCrc[badCrc.size() - 6] = static_cast<char>(badCrc[badCrc.size() - 6] ^ 0x55);
    QTest::newRow("gzip with a wrong checksum")
        << "digits"
        << "digits.csv.gz" << badCrc << corrupt << QStringList{"digits.csv.gz", "damaged gzip"};
    QByteArray badBlock = digits;
    badBlock[10] = '\x07'; // block type 3 is reserved
    QTest::newRow("gzip with a bad block")
        << "digits"
        << "digits.csv.gz" << badBlock << corrupt << QStringList{"digits.csv.gz", "damaged gzip"};
    QTest::newRow("digits row too short") << "digits"
                                          << "digits.csv.gz" << gzipStored("1,2,3\n") << invalid
                                          << QStringList{"digits.csv.gz, line 1", "3 fields, expected 65"};
    QTest::newRow("digit out of range") << "digits"
                                        << "digits.csv.gz" << gzipStored(fakeDigits(2).replace(",1\n", ",12\n"))
                                        << invalid
                                        << QStringList{"digits.csv.gz, line 2", "'12' is not a class index 0..9"};
    QTest::newRow("empty digits") << "digits"
                                  << "digits.csv.gz" << gzipStored("\n") << invalid
                                  << QStringList{"digits.csv.gz", "no data rows"};
    QTest::newRow("diabetes row too short") << "diabetes"
                                            << "diabetes_data_raw.csv.gz" << gzipStored("1 2 3\n") << invalid
                                            << QStringList{"diabetes_data_raw.csv.gz, line 1", "3 fields, expected 10"};
    QTest::newRow("diabetes target count") << "diabetes"
                                           << "diabetes_target.csv.gz" << gzipStored("151\n") << invalid
                                           << QStringList{"diabetes_target.csv.gz", "1 targets for the 2 rows"};
    QTest::newRow("diabetes bad target") << "diabetes"
                                         << "diabetes_target.csv.gz" << gzipStored("151\nhigh\n") << invalid
                                         << QStringList{"diabetes_target.csv.gz, line 2", "'high'"};
    QTest::newRow("diabetes garbage target") << "diabetes"
                                             << "diabetes_target.csv.gz" << QByteArray("151\n75\n") << corrupt
                                             << QStringList{"diabetes_target.csv.gz", "not a gzip file"};
}

void TestDataset::sklearnFakeFolderErrors()
{
    QFETCH(QString, name);
    QFETCH(QString, file);
    QFETCH(QByteArray, bytes);
    QFETCH(ErrorKind, kind);
    QFETCH(QStringList, parts);

    // A valid diabetes pair that the row's file then replaces.
    write(QStringLiteral("diabetes_data_raw.csv.gz"), gzipStored("1 2 3 4 5 6 7 8 9 10\n1 2 3 4 5 6 7 8 9 11\n"));
    write(QStringLiteral("diabetes_target.csv.gz"), gzipStored("151\n75\n"));
    write(file, bytes);

    const std::string dir = m_dir->path().toStdString();
    const auto error = errorFrom([&] { loadSklearnDataset(name.toStdString(), dir); });
    HPLX_VERIFY_ERROR(error, kind);
    for (const QString &part : parts)
        HPLX_VERIFY_MESSAGE(error, part.toStdString());
}

void TestDataset::sklearnDataDirOverride()
{
    const QByteArray saved = qgetenv("HPLX_SKLEARN_DATA");
    const bool wasSet = qEnvironmentVariableIsSet("HPLX_SKLEARN_DATA");
    qputenv("HPLX_SKLEARN_DATA", m_dir->path().toUtf8());
    const std::string found = findSklearnDataDir();
    if (wasSet)
        qputenv("HPLX_SKLEARN_DATA", saved);
    else
        qunsetenv("HPLX_SKLEARN_DATA");
    QCOMPARE(QString::fromStdString(found), m_dir->path());

    // Without the override the result is either empty or a folder holding iris.csv.
    if (!wasSet) {
        const std::string dir = findSklearnDataDir();
        QVERIFY(dir.empty() || QFile::exists(QString::fromStdString(dir) + QStringLiteral("/iris.csv")));
    }
}

void TestDataset::subsetRows()
{
    const QString path = write(QStringLiteral("small.csv"), "a,b,y\n1,10,p\n2,20,q\n3,30,p\n4,40,q\n");
    const Dataset data = loadCsvDataset(path.toStdString(), "y", Task::Classification);
    const Dataset part = subset(data, {3, 0, 3});
    QCOMPARE(part.rows, std::size_t{3});
    QCOMPARE(part.features, std::size_t{2});
    QCOMPARE(part.classes, 2);
    QCOMPARE(part.name, data.name);
    QVERIFY(part.featureNames == data.featureNames);
    QVERIFY(part.x == (std::vector<float>{4, 40, 1, 10, 4, 40}));
    QVERIFY(part.y == (std::vector<double>{1, 0, 1}));
    QCOMPARE(subset(data, {}).rows, std::size_t{0});

    const auto error = errorFrom([&] { subset(data, {0, 4}); });
    HPLX_VERIFY_ERROR(error, ErrorKind::InvalidArgument);
    HPLX_VERIFY_MESSAGE(error, "row 4");
}

QTEST_GUILESS_MAIN(TestDataset)
#include "tst_dataset.moc"
