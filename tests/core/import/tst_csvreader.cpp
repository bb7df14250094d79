// CsvReader: RFC 4180 quoting, line ends, BOM, record line numbers and errors.
#include "core/CoreTestHelpers.h"

#include "import/CsvReader.h"

#include <QTemporaryDir>
#include <QtTest>

using namespace hplx;
using hplxtest::errorFrom;

namespace {

using Records = QList<QStringList>;

} // namespace

class TestCsvReader : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void records_data();
    void records();
    void errors_data();
    void errors();
    void missingFile();
    void largeFileAcrossBuffers();
    void customSeparator();

private:
    QString write(const QByteArray &bytes);
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestCsvReader::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

QString TestCsvReader::write(const QByteArray &bytes)
{
    const QString path = m_dir->filePath(QStringLiteral("input.csv"));
    hplxtest::writeFile(path, bytes);
    return path;
}

void TestCsvReader::records_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<Records>("expected");
    QTest::addColumn<QList<int>>("lines"); // line each record starts on

    QTest::newRow("plain LF") << QByteArray("a,b\n1,2\n") << Records{{"a", "b"}, {"1", "2"}} << QList<int>{1, 2};
    QTest::newRow("no final line end") << QByteArray("a,b\n1,2") << Records{{"a", "b"}, {"1", "2"}} << QList<int>{1, 2};
    QTest::newRow("CRLF") << QByteArray("a,b\r\n1,2\r\n") << Records{{"a", "b"}, {"1", "2"}} << QList<int>{1, 2};
    QTest::newRow("BOM") << QByteArray("\xEF\xBB\xBF"
                                       "a,b\n1,2\n")
                         << Records{{"a", "b"}, {"1", "2"}} << QList<int>{1, 2};
    QTest::newRow("BOM only") << QByteArray("\xEF\xBB\xBF") << Records{} << QList<int>{};
    QTest::newRow("empty file") << QByteArray() << Records{} << QList<int>{};
    QTest::newRow("short file without BOM") << QByteArray("a") << Records{{"a"}} << QList<int>{1};
    // A blank line is a record of one empty field; the importer skips those.
    QTest::newRow("blank last line") << QByteArray("a,b\n1,2\n\n") << Records{{"a", "b"}, {"1", "2"}, {""}}
                                     << QList<int>{1, 2, 3};
    QTest::newRow("blank CRLF line") << QByteArray("a\r\n\r\nb\r\n") << Records{{"a"}, {""}, {"b"}}
                                     << QList<int>{1, 2, 3};
    QTest::newRow("empty fields") << QByteArray(",x,\n") << Records{{"", "x", ""}} << QList<int>{1};
    QTest::newRow("quoted comma") << QByteArray("\"a,b\",c\n") << Records{{"a,b", "c"}} << QList<int>{1};
    QTest::newRow("escaped quote") << QByteArray("\"say \"\"hi\"\"\",2\n") << Records{{"say \"hi\"", "2"}}
                                   << QList<int>{1};
    QTest::newRow("only an escaped quote") << QByteArray("\"\"\"\"\n") << Records{{"\""}} << QList<int>{1};
    QTest::newRow("empty quoted field") << QByteArray("\"\",x\n") << Records{{"", "x"}} << QList<int>{1};
    QTest::newRow("quoted last field") << QByteArray("x,\"\"") << Records{{"x", ""}} << QList<int>{1};
    QTest::newRow("quoted CRLF") << QByteArray("\"a\",\"b\"\r\n\"c\",d\r\n") << Records{{"a", "b"}, {"c", "d"}}
                                 << QList<int>{1, 2};
    QTest::newRow("quote inside unquoted field is text")
        << QByteArray("ab\"c,d\n") << Records{{"ab\"c", "d"}} << QList<int>{1};
    // Record lines: the second record spans lines 2-3, so the third starts on line 4.
    QTest::newRow("embedded newline") << QByteArray("h1,h2\n\"two\nlines\",x\nlast,y\n")
                                      << Records{{"h1", "h2"}, {"two\nlines", "x"}, {"last", "y"}}
                                      << QList<int>{1, 2, 4};
    QTest::newRow("embedded CRLF kept inside quotes")
        << QByteArray("\"a\r\nb\",c\r\nd,e\r\n") << Records{{"a\r\nb", "c"}, {"d", "e"}} << QList<int>{1, 3};
    QTest::newRow("several embedded newlines")
        << QByteArray("\"1\n2\n3\n\",z\nnext,w") << Records{{"1\n2\n3\n", "z"}, {"next", "w"}} << QList<int>{1, 5};
    QTest::newRow("blanks are kept") << QByteArray(" a , b \n") << Records{{" a ", " b "}} << QList<int>{1};
    QTest::newRow("utf8 text") << QByteArray("caf\xC3\xA9,\xE2\x82\xAC\n") << Records{{"café", "€"}} << QList<int>{1};
}

void TestCsvReader::records()
{
    QFETCH(QByteArray, bytes);
    QFETCH(Records, expected);
    QFETCH(QList<int>, lines);
    CsvReader reader(write(bytes).toStdString());
    QCOMPARE(reader.fileSize(), std::uint64_t(bytes.size()));
    Records got;
    QList<int> gotLines;
    std::vector<std::string> fields;
    while (reader.readRecord(fields)) {
        QStringList record;
        for (const auto &field : fields)
            record << QString::fromStdString(field);
        got << record;
        gotLines << int(reader.recordLine());
    }
    QCOMPARE(got, expected);
    QCOMPARE(gotLines, lines);
    QCOMPARE(reader.bytesRead(), std::uint64_t(bytes.size()));
    // Reading past the end stays at the end.
    QVERIFY(!reader.readRecord(fields));
    QVERIFY(fields.empty());
}

void TestCsvReader::errors_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<int>("goodRecords"); // records returned before the error
    QTest::addColumn<QString>("messagePart");

    QTest::newRow("unterminated quote names the record's first line")
        << QByteArray("a,b\n1,2\n3,\"open\nstill open\n") << 2 << "line 3: a quoted field is never closed";
    QTest::newRow("unterminated quote on line 1") << QByteArray("\"abc") << 0 << "line 1: a quoted field";
    QTest::newRow("text after closing quote")
        << QByteArray("a,b\n\"x\"y,2\n") << 1 << "line 2: text after a closing quote";
    QTest::newRow("blank after closing quote") << QByteArray("\"x\" ,2\n") << 0 << "line 1: text after a closing quote";
    QTest::newRow("text after multi-line quote names its line")
        << QByteArray("h\n\"a\nb\nc\"d\n") << 1 << "line 4: text after a closing quote";
}

void TestCsvReader::errors()
{
    QFETCH(QByteArray, bytes);
    QFETCH(int, goodRecords);
    QFETCH(QString, messagePart);
    const std::string path = write(bytes).toStdString();
    CsvReader reader(path);
    std::vector<std::string> fields;
    int read = 0;
    const auto error = errorFrom([&] {
        while (reader.readRecord(fields))
            ++read;
    });
    HPLX_VERIFY_ERROR(error, ErrorKind::InvalidData);
    HPLX_VERIFY_MESSAGE(error, path);
    HPLX_VERIFY_MESSAGE(error, messagePart.toStdString());
    QCOMPARE(read, goodRecords);
}

void TestCsvReader::missingFile()
{
    const std::string path = m_dir->filePath(QStringLiteral("absent.csv")).toStdString();
    const auto error = errorFrom([&] { CsvReader reader(path); });
    HPLX_VERIFY_ERROR(error, ErrorKind::Io);
    HPLX_VERIFY_MESSAGE(error, path);
}

void TestCsvReader::largeFileAcrossBuffers()
{
    // Records and quoted fields that straddle the reader's 64 KiB buffer boundary.
    QByteArray bytes("id,text\n");
    const int count = 20000;
    for (int k = 0; k < count; ++k)
        bytes += QByteArray::number(k) + ",\"q \"\"" + QByteArray::number(k) + "\"\"\nsecond\"\r\n";
    CsvReader reader(write(bytes).toStdString());
    std::vector<std::string> fields;
    QVERIFY(reader.readRecord(fields));
    for (int k = 0; k < count; ++k) {
        QVERIFY(reader.readRecord(fields));
        QCOMPARE(fields.size(), std::size_t(2));
        QCOMPARE(fields[0], std::to_string(k));
        QCOMPARE(fields[1], "q \"" + std::to_string(k) + "\"\nsecond");
        // Each record covers two lines after the one-line header.
        QCOMPARE(reader.recordLine(), std::uint64_t(2 + 2 * k));
    }
    QVERIFY(!reader.readRecord(fields));
    QCOMPARE(reader.bytesRead(), std::uint64_t(bytes.size()));
}

void TestCsvReader::customSeparator()
{
    CsvReader reader(write("a;\"b;c\";d\n").toStdString(), ';');
    std::vector<std::string> fields;
    QVERIFY(reader.readRecord(fields));
    QCOMPARE(fields, (std::vector<std::string>{"a", "b;c", "d"}));
}

QTEST_GUILESS_MAIN(TestCsvReader)
#include "tst_csvreader.moc"
