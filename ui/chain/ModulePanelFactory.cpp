#include "ModulePanelFactory.h"

#include "CompressorPanel.h"
#include "DeclickPanel.h"
#include "GainPanel.h"
#include "LimiterPanel.h"
#include "MultibandPanel.h"
#include "ProjectDocument.h"
#include "StereoPanel.h"
#include "eq/EqPanel.h"

#include <QCoreApplication>

namespace lathe::ui {
namespace {

template <class... Ts>
struct Overloaded : Ts... {
    using Ts::operator()...;
};

// "-20", "1.5": no decimal where there is none to show.
QString number(double value, int decimals = 1) {
    QString text = QString::number(value, 'f', decimals);
    if (text.contains(QLatin1Char('.')) && text.endsWith(QLatin1Char('0'))) {
        while (text.endsWith(QLatin1Char('0')))
            text.chop(1);
        if (text.endsWith(QLatin1Char('.')))
            text.chop(1);
    }
    return text;
}

// lupdate (6.4) skips a QCoreApplication::translate() whose count argument holds a
// template's angle brackets, such as a static_cast: the count is a plain int here.
QString bandCount(std::size_t bands) {
    const int count = static_cast<int>(bands);
    return QCoreApplication::translate("ModulePanelFactory", "%n band(s)", nullptr, count);
}

}  // namespace

ModulePanel* ModulePanelFactory::create(ProjectDocument* document, PlaybackController* playback,
                                        ModuleAddress address, QWidget* parent) {
    const Module* module = address.moduleIn(document->project());
    if (!module)
        return nullptr;
    return std::visit(
        Overloaded{
            [&](const GainSettings&) -> ModulePanel* {
                return new GainPanel(document, address, playback, parent);
            },
            [&](const EqSettings&) -> ModulePanel* { return new EqPanel(document, address, playback, parent); },
            [&](const CompressorSettings&) -> ModulePanel* {
                return new CompressorPanel(document, address, playback, parent);
            },
            [&](const MultibandSettings&) -> ModulePanel* {
                return new MultibandPanel(document, address, playback, parent);
            },
            [&](const StereoSettings&) -> ModulePanel* {
                return new StereoPanel(document, address, playback, parent);
            },
            [&](const DeclickSettings&) -> ModulePanel* {
                return new DeclickPanel(document, address, playback, parent);
            },
            [&](const LimiterSettings&) -> ModulePanel* {
                return new LimiterPanel(document, address, playback, parent);
            },
        },
        module->parameters);
}

QString ModulePanelFactory::typeTitle(std::string_view typeName) {
    if (typeName == "gain")
        return QCoreApplication::translate("ModulePanelFactory", "Gain");
    if (typeName == "eq")
        return QCoreApplication::translate("ModulePanelFactory", "EQ");
    if (typeName == "compressor")
        return QCoreApplication::translate("ModulePanelFactory", "Compressor");
    if (typeName == "multiband")
        return QCoreApplication::translate("ModulePanelFactory", "Multiband");
    if (typeName == "stereo")
        return QCoreApplication::translate("ModulePanelFactory", "Stereo");
    if (typeName == "declick")
        return QCoreApplication::translate("ModulePanelFactory", "Declick");
    if (typeName == "limiter")
        return QCoreApplication::translate("ModulePanelFactory", "Limiter");
    return QString::fromUtf8(typeName.data(), static_cast<qsizetype>(typeName.size()));
}

QString ModulePanelFactory::typeTitle(const ModuleParameters& parameters) {
    return typeTitle(moduleTypeName(parameters));
}

QString ModulePanelFactory::summary(const Module& module) {
    return std::visit(
        Overloaded{
            [](const GainSettings& s) { return QStringLiteral("%1 dB").arg(number(s.gainDb)); },
            [](const EqSettings& s) {
                return bandCount(s.bands.size());
            },
            [](const CompressorSettings& s) {
                return QStringLiteral("%1 dB %2:1").arg(number(s.thresholdDb), number(s.ratio));
            },
            [](const MultibandSettings& s) {
                return bandCount(s.bands.size());
            },
            [](const StereoSettings& s) { return QStringLiteral("%1 %").arg(number(s.width * 100, 0)); },
            [](const DeclickSettings& s) {
                return QStringLiteral("%1 %").arg(number(s.sensitivity * 100, 0));
            },
            [](const LimiterSettings& s) { return QStringLiteral("%1 dBTP").arg(number(s.ceilingDbtp)); },
        },
        module.parameters);
}

}  // namespace lathe::ui
