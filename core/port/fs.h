// fs.h - the file-system seam: POSIX-like file and directory calls for io/os (host files natively
// and under node's NODERAWFS, Emscripten's in-memory MEMFS in the browser).
#pragma once

#include <cstdint>
#include <string>
#include <utility>
#include <vector>

namespace coil {

// Every call returns >= 0 on success or a negative *Linux* errno number (the numbers CPython
// reports on the platform the conformance records come from), whatever the host's numbering is.

// Flags for fs_open (combined with |).
enum FsOpenFlags : int {
  kFsRead = 1,        // open for reading
  kFsWrite = 2,       // open for writing (both: read/write)
  kFsCreate = 4,      // O_CREAT
  kFsTruncate = 8,    // O_TRUNC
  kFsAppend = 16,     // O_APPEND
  kFsExclusive = 32,  // O_EXCL
};

struct FsStat {
  int64_t size = 0;
  uint32_t mode = 0;  // st_mode with Linux S_IF* bits
  bool is_dir = false;
  bool is_file = false;
  bool is_link = false;
  double atime = 0, mtime = 0, ctime = 0;
  int64_t ino = 0, dev = 0, nlink = 0, uid = 0, gid = 0;
  int64_t blksize = 0;
};

int fs_open(const std::string& path, int flags, int mode = 0666);  // a file descriptor
int64_t fs_read(int fd, char* buf, int64_t n);          // bytes read (0 at end of file)
int64_t fs_write(int fd, const char* buf, int64_t n);   // bytes written
int64_t fs_seek(int fd, int64_t offset, int whence);    // new position (whence 0/1/2)
int fs_close(int fd);
int fs_ftruncate(int fd, int64_t size);
int fs_fstat(int fd, FsStat* st);
int fs_stat(const std::string& path, FsStat* st, bool follow_links = true);
bool fs_isatty(int fd);
int fs_listdir(const std::string& path, std::vector<std::string>* names);  // without . and ..
int fs_mkdir(const std::string& path, int mode = 0777);
int fs_rmdir(const std::string& path);
int fs_unlink(const std::string& path);
int fs_rename(const std::string& from, const std::string& to);
int fs_getcwd(std::string* out);
int fs_chdir(const std::string& path);

// The Linux message for a (Linux) errno number, as strerror() gives it there.
std::string fs_strerror(int linux_errno);
// The host errno of the last failed libc call, converted to the Linux number.
int fs_last_errno();

// Process odds and ends for the os module.
void fs_environ(std::vector<std::pair<std::string, std::string>>* out);  // empty in the browser
bool fs_urandom(void* buf, std::size_t n);
int64_t fs_getpid();

}  // namespace coil
