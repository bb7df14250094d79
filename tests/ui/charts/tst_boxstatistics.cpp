// Five-number summaries against hand-worked value lists. Quartiles by linear
// interpolation (type 7): h = (n - 1) p, Q = x[floor h] + frac(h) (x[floor h + 1] - x[floor h]).
#include "charts/BoxStatistics.h"

#include <QtTest>

#include <cmath>
#include <vector>

using namespace hplx;

class TestBoxStatistics : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void summaries_data();
    void summaries();
    void empty();
};

void TestBoxStatistics::summaries_data()
{
    QTest::addColumn<std::vector<double>>("values");
    // lower whisker, Q1, median, Q3, upper whisker
    QTest::addColumn<std::vector<double>>("box");
    QTest::addColumn<std::vector<double>>("outliers");
    QTest::addColumn<int>("outlierCount");

    // n = 10: Q1 at h = 2.25 -> 3 + 0.25 = 3.25; median h = 4.5 -> 5.5;
    // Q3 h = 6.75 -> 7.75. IQR 4.5, fences -3.5 and 14.5: 100 is an outlier.
    QTest::newRow("one high outlier") << std::vector<double>{100, 9, 8, 7, 6, 5, 4, 3, 2, 1}
                                      << std::vector<double>{1, 3.25, 5.5, 7.75, 9} << std::vector<double>{100} << 1;
    // n = 2: Q1 = 5 + 0.25 * 4 = 6, median 7, Q3 8; fences 5 and 11.
    QTest::newRow("two values") << std::vector<double>{9, 5} << std::vector<double>{5, 6, 7, 8, 9}
                                << std::vector<double>{} << 0;
    QTest::newRow("one value") << std::vector<double>{4} << std::vector<double>{4, 4, 4, 4, 4} << std::vector<double>{}
                               << 0;
    // NaN dropped, n = 4: Q1 h = 0.75 -> 1.75; median 2.5; Q3 h = 2.25 -> 3.25.
    QTest::newRow("NaN ignored") << std::vector<double>{4, std::nan(""), 1, 3, 2}
                                 << std::vector<double>{1, 1.75, 2.5, 3.25, 4} << std::vector<double>{} << 0;
    // [-50, 1, 1, 2, 2, 3, 40, 40]: Q1 h = 1.75 -> 1; median h = 3.5 -> 2;
    // Q3 h = 5.25 -> 3 + 0.25 * 37 = 12.25. IQR 11.25, fences -15.875 and
    // 29.125: whiskers at 1 and 3 (the extreme values inside), outliers
    // -50, 40, 40 (40 drawn once).
    QTest::newRow("outliers both sides") << std::vector<double>{40, 1, 2, -50, 3, 1, 40, 2}
                                         << std::vector<double>{1, 1, 2, 12.25, 3} << std::vector<double>{-50, 40} << 3;
}

void TestBoxStatistics::summaries()
{
    QFETCH(std::vector<double>, values);
    QFETCH(std::vector<double>, box);
    QFETCH(std::vector<double>, outliers);
    QFETCH(int, outlierCount);
    const BoxStatistics s = boxStatistics(values);
    QCOMPARE(s.lowerWhisker, box[0]);
    QCOMPARE(s.lowerQuartile, box[1]);
    QCOMPARE(s.median, box[2]);
    QCOMPARE(s.upperQuartile, box[3]);
    QCOMPARE(s.upperWhisker, box[4]);
    QCOMPARE(s.outliers, outliers);
    QCOMPARE(s.outlierCount, std::size_t(outlierCount));
}

void TestBoxStatistics::empty()
{
    const BoxStatistics s = boxStatistics({std::nan(""), std::nan("")});
    QCOMPARE(s.count, std::size_t(0));
    QVERIFY(std::isnan(s.median));
    QVERIFY(std::isnan(s.lowerWhisker));
}

QTEST_APPLESS_MAIN(TestBoxStatistics)
#include "tst_boxstatistics.moc"
