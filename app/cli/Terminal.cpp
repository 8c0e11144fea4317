#include "Cli.h"

#include <QFile>

#include <cstdio>
#include <iostream>
#include <string>

#ifdef Q_OS_UNIX
#include <termios.h>
#include <unistd.h>
#elif defined(Q_OS_WIN)
#include <qt_windows.h>
#endif

namespace ScimDesk::Cli {

QString alignedTable(const QList<QStringList> &rows)
{
    QList<qsizetype> widths;
    for (const QStringList &row : rows) {
        widths.resize(qMax(widths.size(), row.size()));
        for (qsizetype i = 0; i < row.size(); ++i)
            widths[i] = qMax(widths[i], row.at(i).size());
    }
    QString text;
    for (const QStringList &row : rows) {
        for (qsizetype i = 0; i < row.size(); ++i)
            text += i + 1 < row.size() ? row.at(i).leftJustified(widths[i] + 2) : row.at(i);
        text += u'\n';
    }
    return text;
}

namespace {

// Turns the terminal's echo off while it lives, for a secret being typed.
class EchoOff
{
public:
    EchoOff()
    {
#ifdef Q_OS_UNIX
        tcgetattr(STDIN_FILENO, &m_saved);
        termios silent = m_saved;
        silent.c_lflag &= ~tcflag_t(ECHO);
        tcsetattr(STDIN_FILENO, TCSAFLUSH, &silent);
#elif defined(Q_OS_WIN)
        m_input = GetStdHandle(STD_INPUT_HANDLE);
        GetConsoleMode(m_input, &m_saved);
        SetConsoleMode(m_input, m_saved & ~DWORD(ENABLE_ECHO_INPUT));
#endif
    }
    ~EchoOff()
    {
#ifdef Q_OS_UNIX
        tcsetattr(STDIN_FILENO, TCSAFLUSH, &m_saved);
#elif defined(Q_OS_WIN)
        SetConsoleMode(m_input, m_saved);
#endif
    }
    Q_DISABLE_COPY_MOVE(EchoOff)

private:
#ifdef Q_OS_UNIX
    termios m_saved {};
#elif defined(Q_OS_WIN)
    HANDLE m_input = nullptr;
    DWORD m_saved = 0;
#endif
};

} // namespace

bool stdinIsTerminal()
{
#ifdef Q_OS_UNIX
    return isatty(STDIN_FILENO) == 1;
#elif defined(Q_OS_WIN)
    // Only a console has a console mode (_isatty is also true for the NUL device).
    DWORD mode = 0;
    return GetConsoleMode(GetStdHandle(STD_INPUT_HANDLE), &mode) != 0;
#else
    return false;
#endif
}

QString readAllStdin()
{
    QFile in;
    if (!in.open(stdin, QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(in.readAll());
}

QString promptSecret(const QString &prompt)
{
    if (!stdinIsTerminal())
        return {};
    std::fputs(prompt.toLocal8Bit().constData(), stderr);
    std::fflush(stderr);
    std::string line;
    {
        const EchoOff silent;
        std::getline(std::cin, line);
    }
    std::fputs("\n", stderr);
    return QString::fromStdString(line);
}

} // namespace ScimDesk::Cli
