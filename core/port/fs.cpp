// fs.cpp - the file-system seam on POSIX calls: the host's files natively and under node
// (NODERAWFS), Emscripten's MEMFS in the browser (the app may persist it); errno made Linux's.
#include "port/fs.h"

#include <dirent.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <sys/types.h>
#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <random>

#ifdef __EMSCRIPTEN__
#include <emscripten.h>
#endif

#if !defined(__EMSCRIPTEN__)
extern char** environ;
#endif

namespace coil {

namespace {

// Host errno -> the Linux number (identity on Linux; Emscripten numbers its errors differently).
int to_linux_errno(int e) {
  switch (e) {
    case EPERM: return 1;
    case ENOENT: return 2;
    case ESRCH: return 3;
    case EINTR: return 4;
    case EIO: return 5;
    case ENXIO: return 6;
    case E2BIG: return 7;
    case ENOEXEC: return 8;
    case EBADF: return 9;
    case ECHILD: return 10;
    case EAGAIN: return 11;
    case ENOMEM: return 12;
    case EACCES: return 13;
    case EFAULT: return 14;
    case EBUSY: return 16;
    case EEXIST: return 17;
    case EXDEV: return 18;
    case ENODEV: return 19;
    case ENOTDIR: return 20;
    case EISDIR: return 21;
    case EINVAL: return 22;
    case ENFILE: return 23;
    case EMFILE: return 24;
    case ENOTTY: return 25;
    case ETXTBSY: return 26;
    case EFBIG: return 27;
    case ENOSPC: return 28;
    case ESPIPE: return 29;
    case EROFS: return 30;
    case EMLINK: return 31;
    case EPIPE: return 32;
    case EDOM: return 33;
    case ERANGE: return 34;
    case EDEADLK: return 35;
    case ENAMETOOLONG: return 36;
    case ENOLCK: return 37;
    case ENOSYS: return 38;
    case ENOTEMPTY: return 39;
    case ELOOP: return 40;
    case EOVERFLOW: return 75;
    case EOPNOTSUPP: return 95;
    case ECONNABORTED: return 103;
    case ECONNRESET: return 104;
    case ETIMEDOUT: return 110;
    case ECONNREFUSED: return 111;
    case EALREADY: return 114;
    case EINPROGRESS: return 115;
    default: return e > 0 ? e : 5;
  }
}

int fail() { return -to_linux_errno(errno); }

double ts(const struct timespec& t) { return double(t.tv_sec) + double(t.tv_nsec) * 1e-9; }

void fill_stat(const struct stat& s, FsStat* st) {
  st->size = int64_t(s.st_size);
  st->is_dir = S_ISDIR(s.st_mode);
  st->is_file = S_ISREG(s.st_mode);
  st->is_link = S_ISLNK(s.st_mode);
  // Linux S_IF* values (identical on Emscripten, spelled out to be explicit)
  uint32_t kind = st->is_dir ? 0040000u : st->is_file ? 0100000u : st->is_link ? 0120000u
                  : S_ISCHR(s.st_mode) ? 0020000u : S_ISFIFO(s.st_mode) ? 0010000u
                  : S_ISSOCK(s.st_mode) ? 0140000u : S_ISBLK(s.st_mode) ? 0060000u : 0u;
  st->mode = kind | (uint32_t(s.st_mode) & 07777u);
#if defined(__APPLE__)
  st->atime = ts(s.st_atimespec);
  st->mtime = ts(s.st_mtimespec);
  st->ctime = ts(s.st_ctimespec);
#else
  st->atime = ts(s.st_atim);
  st->mtime = ts(s.st_mtim);
  st->ctime = ts(s.st_ctim);
#endif
  st->ino = int64_t(s.st_ino);
  st->dev = int64_t(s.st_dev);
  st->nlink = int64_t(s.st_nlink);
  st->uid = int64_t(s.st_uid);
  st->gid = int64_t(s.st_gid);
  st->blksize = int64_t(s.st_blksize);
}

}  // namespace

int fs_open(const std::string& path, int flags, int mode) {
  int f = 0;
  bool r = flags & kFsRead, w = flags & kFsWrite;
  f |= r && w ? O_RDWR : w ? O_WRONLY : O_RDONLY;
  if (flags & kFsCreate) f |= O_CREAT;
  if (flags & kFsTruncate) f |= O_TRUNC;
  if (flags & kFsAppend) f |= O_APPEND;
  if (flags & kFsExclusive) f |= O_EXCL;
#ifdef O_CLOEXEC
  f |= O_CLOEXEC;
#endif
  int fd;
  do {
    fd = ::open(path.c_str(), f, mode);
  } while (fd < 0 && errno == EINTR);
  return fd < 0 ? fail() : fd;
}

int64_t fs_read(int fd, char* buf, int64_t n) {
  ssize_t r;
  do {
    r = ::read(fd, buf, size_t(n));
  } while (r < 0 && errno == EINTR);
  return r < 0 ? fail() : int64_t(r);
}

int64_t fs_write(int fd, const char* buf, int64_t n) {
  ssize_t r;
  do {
    r = ::write(fd, buf, size_t(n));
  } while (r < 0 && errno == EINTR);
  return r < 0 ? fail() : int64_t(r);
}

int64_t fs_seek(int fd, int64_t offset, int whence) {
  int w = whence == 0 ? SEEK_SET : whence == 1 ? SEEK_CUR : SEEK_END;
  off_t r = ::lseek(fd, off_t(offset), w);
  return r < 0 ? fail() : int64_t(r);
}

int fs_close(int fd) { return ::close(fd) < 0 ? fail() : 0; }

int fs_ftruncate(int fd, int64_t size) { return ::ftruncate(fd, off_t(size)) < 0 ? fail() : 0; }

int fs_fstat(int fd, FsStat* st) {
  struct stat s;
  if (::fstat(fd, &s) < 0) return fail();
  fill_stat(s, st);
  return 0;
}

int fs_stat(const std::string& path, FsStat* st, bool follow_links) {
  struct stat s;
  if ((follow_links ? ::stat(path.c_str(), &s) : ::lstat(path.c_str(), &s)) < 0) return fail();
  fill_stat(s, st);
  return 0;
}

bool fs_isatty(int fd) { return ::isatty(fd) != 0; }

int fs_listdir(const std::string& path, std::vector<std::string>* names) {
  DIR* d = ::opendir(path.c_str());
  if (!d) return fail();
  names->clear();
  while (struct dirent* e = ::readdir(d)) {
    if (std::strcmp(e->d_name, ".") == 0 || std::strcmp(e->d_name, "..") == 0) continue;
    names->emplace_back(e->d_name);
  }
  ::closedir(d);
  return 0;
}

int fs_mkdir(const std::string& path, int mode) { return ::mkdir(path.c_str(), mode_t(mode)) < 0 ? fail() : 0; }
int fs_rmdir(const std::string& path) { return ::rmdir(path.c_str()) < 0 ? fail() : 0; }
int fs_unlink(const std::string& path) { return ::unlink(path.c_str()) < 0 ? fail() : 0; }
int fs_rename(const std::string& from, const std::string& to) {
  return ::rename(from.c_str(), to.c_str()) < 0 ? fail() : 0;
}

int fs_getcwd(std::string* out) {
  char buf[4096];
  if (!::getcwd(buf, sizeof buf)) return fail();
  *out = buf;
  return 0;
}

int fs_chdir(const std::string& path) { return ::chdir(path.c_str()) < 0 ? fail() : 0; }

std::string fs_strerror(int e) {
  // glibc's texts, so messages do not depend on the host's C library
  switch (e) {
    case 1: return "Operation not permitted";
    case 2: return "No such file or directory";
    case 3: return "No such process";
    case 4: return "Interrupted system call";
    case 5: return "Input/output error";
    case 6: return "No such device or address";
    case 7: return "Argument list too long";
    case 8: return "Exec format error";
    case 9: return "Bad file descriptor";
    case 10: return "No child processes";
    case 11: return "Resource temporarily unavailable";
    case 12: return "Cannot allocate memory";
    case 13: return "Permission denied";
    case 14: return "Bad address";
    case 16: return "Device or resource busy";
    case 17: return "File exists";
    case 18: return "Invalid cross-device link";
    case 19: return "No such device";
    case 20: return "Not a directory";
    case 21: return "Is a directory";
    case 22: return "Invalid argument";
    case 23: return "Too many open files in system";
    case 24: return "Too many open files";
    case 25: return "Inappropriate ioctl for device";
    case 26: return "Text file busy";
    case 27: return "File too large";
    case 28: return "No space left on device";
    case 29: return "Illegal seek";
    case 30: return "Read-only file system";
    case 31: return "Too many links";
    case 32: return "Broken pipe";
    case 33: return "Numerical argument out of domain";
    case 34: return "Numerical result out of range";
    case 35: return "Resource deadlock avoided";
    case 36: return "File name too long";
    case 37: return "No locks available";
    case 38: return "Function not implemented";
    case 39: return "Directory not empty";
    case 40: return "Too many levels of symbolic links";
    case 75: return "Value too large for defined data type";
    case 95: return "Operation not supported";
    case 103: return "Software caused connection abort";
    case 104: return "Connection reset by peer";
    case 110: return "Connection timed out";
    case 111: return "Connection refused";
    case 114: return "Operation already in progress";
    case 115: return "Operation now in progress";
    default: return "Unknown error " + std::to_string(e);
  }
}

int fs_last_errno() { return to_linux_errno(errno); }

void fs_environ(std::vector<std::pair<std::string, std::string>>* out) {
  out->clear();
#if defined(__EMSCRIPTEN__)
  // node (NODERAWFS) sees the real environment; a browser page has none
  if (!EM_ASM_INT({ return typeof process !== 'undefined' && process.env ? 1 : 0; })) return;
  int n = EM_ASM_INT({
    var s = "";
    for (var k in process.env) s += k + "=" + process.env[k] + String.fromCharCode(0);
    return lengthBytesUTF8(s) + 1;
  });
  if (n <= 1) return;
  std::string all(std::size_t(n), '\0');
  EM_ASM({
    var s = "";
    for (var k in process.env) s += k + "=" + process.env[k] + String.fromCharCode(0);
    stringToUTF8(s, $0, $1);
  }, all.data(), n);
  // entries are separated by NUL characters
  const char* p = all.data();
  const char* end = p + n;
  while (p < end && *p) {
    std::string entry = p;
    p += entry.size() + 1;
    std::size_t eq = entry.find('=');
    if (eq != std::string::npos && eq > 0) out->emplace_back(entry.substr(0, eq), entry.substr(eq + 1));
  }
#else
  for (char** e = environ; e && *e; ++e) {
    std::string entry = *e;
    std::size_t eq = entry.find('=');
    if (eq != std::string::npos && eq > 0) out->emplace_back(entry.substr(0, eq), entry.substr(eq + 1));
  }
#endif
}

bool fs_urandom(void* buf, std::size_t n) {
  // Emscripten provides /dev/urandom too (crypto.getRandomValues behind it)
  unsigned char* p = static_cast<unsigned char*>(buf);
  int fd = ::open("/dev/urandom", O_RDONLY);
  if (fd >= 0) {
    while (n > 0) {
      ssize_t r = ::read(fd, p, n);
      if (r <= 0) {
        if (r < 0 && errno == EINTR) continue;
        break;
      }
      p += r;
      n -= std::size_t(r);
    }
    ::close(fd);
    if (n == 0) return true;
  }
  std::random_device rd;
  for (; n > 0; --n) *p++ = static_cast<unsigned char>(rd());
  return true;
}

int64_t fs_getpid() { return int64_t(::getpid()); }

}  // namespace coil
