# The one place for settings every ScimDesk target shares (qBittorrent's qbt_common_cfg).
add_library(scimdesk_settings INTERFACE)
add_library(ScimDesk::settings ALIAS scimdesk_settings)

target_compile_features(scimdesk_settings INTERFACE cxx_std_20)
# CXX_EXTENSIONS is a property of each target that compiles: an INTERFACE target cannot pass it
# on, so it is set for every target made after this point (-std=c++20, not gnu++20).
set(CMAKE_CXX_EXTENSIONS OFF)

target_compile_options(scimdesk_settings INTERFACE
    $<$<CXX_COMPILER_ID:GNU,Clang>:-Wall -Wextra -pedantic -Wnon-virtual-dtor -Wshadow=local>)

target_compile_definitions(scimdesk_settings INTERFACE
    QT_NO_CAST_FROM_ASCII
    QT_NO_CAST_TO_ASCII
    QT_NO_CAST_FROM_BYTEARRAY
    QT_NO_URL_CAST_FROM_STRING
    QT_NO_CONTEXTLESS_CONNECT
    QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
    QT_USE_QSTRINGBUILDER
    QT_DISABLE_DEPRECATED_UP_TO=0x060400
    SCIMDESK_VERSION="${PROJECT_VERSION}")
