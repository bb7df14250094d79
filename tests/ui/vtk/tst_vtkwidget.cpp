// VtkWidget renders a known scene correctly: a red sphere of radius 1 at the
// origin seen by a perspective camera at distance 5 with a 30 degree view
// angle covers a disc whose area is known analytically. Also resizing, two
// widgets side by side, picking, interaction and teardown of one of two.
// Runs under Xvfb (xcb): OpenGL widgets crash Qt 6.4's offscreen platform.
#include "vtk/VtkWidget.h"

#include <QApplication>
#include <QHBoxLayout>
#include <QSignalSpy>
#include <QtTest>

#include <vtkActor.h>
#include <vtkCamera.h>
#include <vtkCubeSource.h>
#include <vtkNew.h>
#include <vtkPolyDataMapper.h>
#include <vtkProperty.h>
#include <vtkRenderer.h>
#include <vtkSphereSource.h>

#include <cmath>
#include <memory>

using hplx::VtkWidget;

namespace {

constexpr double sphereRadius = 1.0;
constexpr double cameraDistance = 5.0;
constexpr double viewAngle = 30.0; // degrees, vertical

// Projected area (pixels) of a centred sphere: its silhouette cone has
// half-angle asin(R/D); on an image plane of half-height tan(viewAngle/2)
// spanning height/2 pixels its radius is tan(asin(R/D)) / tan(viewAngle/2) * height/2.
double analyticSphereArea(int heightPixels)
{
    const double pi = std::acos(-1.0);
    const double alpha = std::asin(sphereRadius / cameraDistance);
    const double radius = std::tan(alpha) / std::tan(viewAngle * pi / 360.0) * heightPixels / 2.0;
    return pi * radius * radius;
}

bool isWhite(QRgb c)
{
    return qRed(c) > 235 && qGreen(c) > 235 && qBlue(c) > 235;
}

bool isReddish(QRgb c)
{
    return qRed(c) > 120 && qRed(c) > qGreen(c) + 60 && qRed(c) > qBlue(c) + 60;
}

int countNonBackground(const QImage &image)
{
    int count = 0;
    for (int y = 0; y < image.height(); ++y)
        for (int x = 0; x < image.width(); ++x)
            if (!isWhite(image.pixel(x, y)))
                ++count;
    return count;
}

// A widget showing one sphere (or cube) with the fixed camera.
struct Scene
{
    vtkNew<vtkActor> actor;

    void setUp(VtkWidget &widget, bool cube = false, double r = 1.0, double g = 0.0, double b = 0.0)
    {
        vtkNew<vtkPolyDataMapper> mapper;
        if (cube) {
            vtkNew<vtkCubeSource> source;
            mapper->SetInputConnection(source->GetOutputPort());
        } else {
            vtkNew<vtkSphereSource> source;
            source->SetRadius(sphereRadius);
            source->SetThetaResolution(96);
            source->SetPhiResolution(64);
            mapper->SetInputConnection(source->GetOutputPort());
        }
        actor->SetMapper(mapper);
        actor->GetProperty()->SetColor(r, g, b);
        actor->GetProperty()->SetAmbient(0.3);
        actor->GetProperty()->SetDiffuse(0.7);
        vtkRenderer *renderer = widget.renderer();
        renderer->AddActor(actor);
        renderer->SetBackground(1.0, 1.0, 1.0);
        vtkCamera *camera = renderer->GetActiveCamera();
        camera->SetPosition(0.0, 0.0, cameraDistance);
        camera->SetFocalPoint(0.0, 0.0, 0.0);
        camera->SetViewUp(0.0, 1.0, 0.0);
        camera->SetViewAngle(viewAngle);
        renderer->ResetCameraClippingRange();
        widget.render();
    }
};

} // namespace

class TestVtkWidget : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void rendersKnownSphere();
    void resizeChangesFramebuffer();
    void twoWidgetsSideBySide();
    void picking();
    void mouseInteraction();
    void destroyingOneKeepsTheOther();
};

void TestVtkWidget::rendersKnownSphere()
{
    VtkWidget widget;
    widget.resize(400, 400);
    Scene scene;
    scene.setUp(widget);
    widget.show();
    QVERIFY(QTest::qWaitForWindowExposed(&widget));

    const QImage image = widget.grabImage();
    const double ratio = widget.devicePixelRatioF();
    QCOMPARE(image.size(), QSize(qRound(400 * ratio), qRound(400 * ratio)));
    const int w = image.width(), h = image.height();
    QVERIFY2(isReddish(image.pixel(w / 2, h / 2)),
             qPrintable(QStringLiteral("centre pixel %1").arg(image.pixel(w / 2, h / 2), 8, 16)));
    for (const QPoint corner : {QPoint(1, 1), QPoint(w - 2, 1), QPoint(1, h - 2), QPoint(w - 2, h - 2)})
        QVERIFY2(
            isWhite(image.pixel(corner)),
            qPrintable(
                QStringLiteral("corner %1,%2 is %3").arg(corner.x()).arg(corner.y()).arg(image.pixel(corner), 8, 16)));
    const double expected = analyticSphereArea(h);
    const double area = countNonBackground(image);
    QVERIFY2(std::abs(area - expected) <= 0.1 * expected,
             qPrintable(QStringLiteral("sphere covers %1 pixels, expected %2").arg(area).arg(expected)));
    QVERIFY(widget.renderCount() >= 1);
}

void TestVtkWidget::resizeChangesFramebuffer()
{
    VtkWidget widget;
    widget.resize(400, 400);
    Scene scene;
    scene.setUp(widget);
    widget.show();
    QVERIFY(QTest::qWaitForWindowExposed(&widget));
    const QImage before = widget.grabImage();

    widget.resize(300, 200);
    QTRY_COMPARE(widget.size(), QSize(300, 200));
    const QImage after = widget.grabImage();
    const double ratio = widget.devicePixelRatioF();
    QCOMPARE(after.size(), QSize(qRound(300 * ratio), qRound(200 * ratio)));
    QVERIFY(before.size() != after.size());
    QVERIFY(isReddish(after.pixel(after.width() / 2, after.height() / 2)));
    QVERIFY(isWhite(after.pixel(1, 1)));
    QVERIFY(isWhite(after.pixel(after.width() - 2, after.height() - 2)));
    // The vertical view angle is kept: the disc scales with the new height.
    const double expected = analyticSphereArea(after.height());
    const double area = countNonBackground(after);
    QVERIFY2(std::abs(area - expected) <= 0.1 * expected,
             qPrintable(QStringLiteral("sphere covers %1 pixels, expected %2").arg(area).arg(expected)));
}

void TestVtkWidget::twoWidgetsSideBySide()
{
    QWidget window;
    auto *layout = new QHBoxLayout(&window);
    auto *left = new VtkWidget(&window);
    auto *right = new VtkWidget(&window);
    layout->addWidget(left);
    layout->addWidget(right);
    window.resize(640, 320);
    Scene red, blue;
    red.setUp(*left);
    blue.setUp(*right, true, 0.0, 0.2, 1.0);
    right->renderer()->SetBackground(0.0, 0.0, 0.0);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));

    for (int round = 0; round < 2; ++round) {
        const QImage a = left->grabImage();
        const QImage b = right->grabImage();
        const QRgb ca = a.pixel(a.width() / 2, a.height() / 2);
        const QRgb cb = b.pixel(b.width() / 2, b.height() / 2);
        QVERIFY2(isReddish(ca), qPrintable(QString::number(ca, 16)));
        QVERIFY2(qBlue(cb) > 120 && qBlue(cb) > qRed(cb) + 60, qPrintable(QString::number(cb, 16)));
        QVERIFY(isWhite(a.pixel(1, 1)));
        QVERIFY(qRed(b.pixel(1, 1)) < 20 && qGreen(b.pixel(1, 1)) < 20 && qBlue(b.pixel(1, 1)) < 20);
        // Interleaved renders must not leak state between the two contexts.
        left->render();
        right->render();
        QTest::qWait(20);
    }
}

void TestVtkWidget::picking()
{
    VtkWidget widget;
    widget.resize(400, 400);
    Scene scene;
    scene.setUp(widget);
    widget.show();
    QVERIFY(QTest::qWaitForWindowExposed(&widget));
    widget.grabImage();

    const auto hit = widget.pickAt(QPoint(200, 200));
    QVERIFY(hit.hit);
    QCOMPARE(hit.prop, static_cast<vtkProp *>(scene.actor.GetPointer()));
    // The front of the sphere faces the camera on +z.
    QVERIFY(std::abs(hit.position[0]) < 0.05);
    QVERIFY(std::abs(hit.position[1]) < 0.05);
    QVERIFY(std::abs(hit.position[2] - sphereRadius) < 0.05);
    QVERIFY(hit.cellId >= 0);

    const auto miss = widget.pickAt(QPoint(3, 3));
    QVERIFY(!miss.hit);
    QVERIFY(miss.prop == nullptr);

    // Display <-> widget coordinates round-trip.
    const auto display = widget.toDisplay(QPointF(10, 20));
    const QPointF back = widget.fromDisplay(display[0], display[1]);
    QVERIFY(std::abs(back.x() - 10) < 1e-9 && std::abs(back.y() - 20) < 1e-9);
}

void TestVtkWidget::mouseInteraction()
{
    VtkWidget widget;
    widget.resize(400, 400);
    Scene scene;
    scene.setUp(widget);
    widget.show();
    QVERIFY(QTest::qWaitForWindowExposed(&widget));
    widget.grabImage();

    QSignalSpy clicks(&widget, &VtkWidget::clicked);
    QTest::mouseClick(&widget, Qt::LeftButton, {}, QPoint(120, 130));
    QCOMPARE(clicks.count(), 1);
    QCOMPARE(clicks.at(0).at(0).toPoint(), QPoint(120, 130));

    // A left drag rotates the camera (trackball) and renders a new frame.
    double before[3];
    widget.renderer()->GetActiveCamera()->GetPosition(before);
    const auto rendersBefore = widget.renderCount();
    QTest::mousePress(&widget, Qt::LeftButton, {}, QPoint(200, 200));
    for (int x = 210; x <= 300; x += 10)
        QTest::mouseMove(&widget, QPoint(x, 200));
    QTest::mouseRelease(&widget, Qt::LeftButton, {}, QPoint(300, 200));
    QCOMPARE(clicks.count(), 1); // a drag is not a click
    double after[3];
    widget.renderer()->GetActiveCamera()->GetPosition(after);
    QVERIFY(std::abs(after[0] - before[0]) > 0.1);
    QTRY_VERIFY(widget.renderCount() > rendersBefore);

    // The wheel zooms: the camera moves closer.
    const double distance = widget.renderer()->GetActiveCamera()->GetDistance();
    QWheelEvent wheel(QPointF(200, 200), widget.mapToGlobal(QPointF(200, 200)), QPoint(), QPoint(0, 120), Qt::NoButton,
                      Qt::NoModifier, Qt::NoScrollPhase, false);
    QApplication::sendEvent(&widget, &wheel);
    QVERIFY(widget.renderer()->GetActiveCamera()->GetDistance() < distance);
}

void TestVtkWidget::destroyingOneKeepsTheOther()
{
    QWidget window;
    auto *layout = new QHBoxLayout(&window);
    auto *first = new VtkWidget(&window);
    auto *second = new VtkWidget(&window);
    layout->addWidget(first);
    layout->addWidget(second);
    window.resize(640, 320);
    Scene a, b;
    a.setUp(*first);
    b.setUp(*second);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    first->grabImage();
    second->grabImage();

    delete first;
    QCoreApplication::processEvents();
    b.actor->GetProperty()->SetColor(0.0, 0.8, 0.0);
    second->render();
    const QImage image = second->grabImage();
    const QRgb c = image.pixel(image.width() / 2, image.height() / 2);
    QVERIFY2(qGreen(c) > 120 && qGreen(c) > qRed(c) + 60, qPrintable(QString::number(c, 16)));
    QVERIFY(isWhite(image.pixel(1, 1)));

    // And a new widget created afterwards works too.
    auto *third = new VtkWidget(&window);
    layout->addWidget(third);
    Scene c3;
    c3.setUp(*third, false, 0.0, 0.0, 1.0);
    QTest::qWait(50);
    const QImage thirdImage = third->grabImage();
    const QRgb t = thirdImage.pixel(thirdImage.width() / 2, thirdImage.height() / 2);
    QVERIFY2(qBlue(t) > 120 && qBlue(t) > qRed(t) + 60, qPrintable(QString::number(t, 16)));
}

int main(int argc, char **argv)
{
    VtkWidget::setDefaultSurfaceFormat();
    QApplication app(argc, argv);
    TestVtkWidget test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_vtkwidget.moc"
