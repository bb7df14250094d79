// Sha256 against the FIPS 180-4 examples and, for every length around the
// 64-byte block and 56-byte padding boundaries, against Qt's implementation.
#include "util/Sha256.h"

#include <QCryptographicHash>
#include <QTemporaryDir>
#include <QtTest>

#include <fstream>

using namespace hplx;

class TestSha256 : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void publishedVectors();
    void everyLengthAgreesWithQt();
    void fileAndPieces();
};

void TestSha256::publishedVectors()
{
    QCOMPARE(sha256Hex(""), std::string("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"));
    QCOMPARE(sha256Hex("abc"), std::string("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"));
    QCOMPARE(sha256Hex("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq"),
             std::string("248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1"));
}

void TestSha256::everyLengthAgreesWithQt()
{
    std::string text;
    for (int length = 0; length <= 200; ++length) {
        const QByteArray expected =
            QCryptographicHash::hash(QByteArray(text.data(), int(text.size())), QCryptographicHash::Sha256).toHex();
        QCOMPARE(QByteArray::fromStdString(sha256Hex(text)), expected);
        text += static_cast<char>('a' + length % 26);
    }
}

void TestSha256::fileAndPieces()
{
    // A million 'a' (FIPS 180-4 example), added in uneven pieces and read from a file.
    const std::string million(1000000, 'a');
    const std::string expected = "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0";
    Sha256 pieces;
    for (std::size_t offset = 0; offset < million.size(); offset += 777)
        pieces.add(million.data() + offset, std::min<std::size_t>(777, million.size() - offset));
    QCOMPARE(pieces.hex(), expected);
    QTemporaryDir dir;
    const std::string path = dir.filePath(QStringLiteral("a.bin")).toStdString();
    std::ofstream(path, std::ios::binary) << million;
    QCOMPARE(sha256File(path), expected);
    QVERIFY_THROWS_EXCEPTION(std::exception, sha256File(path + ".missing"));
}

QTEST_GUILESS_MAIN(TestSha256)
#include "tst_sha256.moc"
