// timsort.h - CPython's list sort algorithm (natural runs, binary insertion, powersort merging,
// galloping), generic over the comparison so that the order of comparisons is CPython's exactly.
#pragma once

#include <cstdint>
#include <cstring>
#include <vector>

#include "vm/value.h"

namespace coil {

// keys are compared; values (if any) move with them.
struct SortSlice {
  Value* keys;
  Value* values;
  void advance(int64_t n) {
    keys += n;
    if (values) values += n;
  }
};

inline void reverse_range(Value* lo, Value* hi) {
  if (hi - lo < 2) return;
  --hi;
  while (lo < hi) {
    Value t = *lo;
    *lo++ = *hi;
    *hi-- = t;
  }
}

template <class Less>
class TimSort {
 public:
  TimSort(Less less, Value* keys, Value* values, int64_t n) : less_(less), basekeys_(keys), listlen_(n) {
    lo_.keys = keys;
    lo_.values = values;
  }

  bool run();

 private:
  static constexpr int kMinGallop = 7;
  static constexpr int kMaxPending = 85;

  struct Run {
    SortSlice base;
    int64_t len;
    int power;
  };

  Less less_;
  Value* basekeys_;
  int64_t listlen_;
  SortSlice lo_;
  int64_t min_gallop_ = kMinGallop;
  std::vector<Value> tmp_keys_, tmp_values_;
  Run pending_[kMaxPending];
  int n_ = 0;

  // a < b: 1, 0, or -1 on error.
  int lt(Value a, Value b) { return less_(a, b); }

  static void copy(SortSlice dst, int64_t di, SortSlice src, int64_t si, int64_t n) {
    std::memmove(static_cast<void*>(dst.keys + di), src.keys + si, std::size_t(n) * sizeof(Value));
    if (dst.values)
      std::memmove(static_cast<void*>(dst.values + di), src.values + si, std::size_t(n) * sizeof(Value));
  }
  static void copy_incr(SortSlice* dst, SortSlice* src) {
    *dst->keys++ = *src->keys++;
    if (dst->values) *dst->values++ = *src->values++;
  }
  static void copy_decr(SortSlice* dst, SortSlice* src) {
    *dst->keys-- = *src->keys--;
    if (dst->values) *dst->values-- = *src->values--;
  }

  SortSlice temp(int64_t need) {
    if (int64_t(tmp_keys_.size()) < need) {
      tmp_keys_.resize(std::size_t(need));
      if (lo_.values) tmp_values_.resize(std::size_t(need));
    }
    return SortSlice{tmp_keys_.data(), lo_.values ? tmp_values_.data() : nullptr};
  }

  static int64_t compute_minrun(int64_t n) {
    int64_t r = 0;
    while (n >= 64) {
      r |= n & 1;
      n >>= 1;
    }
    return n + r;
  }

  int64_t count_run(Value* lo, Value* hi, bool* descending);
  bool binary_insertion(SortSlice lo, Value* hi, Value* start);
  int64_t gallop_left(Value key, Value* a, int64_t n, int64_t hint);
  int64_t gallop_right(Value key, Value* a, int64_t n, int64_t hint);
  bool merge_lo(SortSlice a, int64_t na, SortSlice b, int64_t nb);
  bool merge_hi(SortSlice a, int64_t na, SortSlice b, int64_t nb);
  bool merge_at(int i);
  bool found_new_run(int64_t n2);
  bool force_collapse();
  static int power_of(int64_t s1, int64_t n1, int64_t n2, int64_t n);
};

// Length of the run starting at lo: strictly descending runs are reported (and later reversed).
template <class Less>
int64_t TimSort<Less>::count_run(Value* lo, Value* hi, bool* descending) {
  *descending = false;
  ++lo;
  if (lo == hi) return 1;
  int64_t n = 2;
  int k = lt(*lo, *(lo - 1));
  if (k < 0) return -1;
  if (k) {
    *descending = true;
    for (lo = lo + 1; lo < hi; ++lo, ++n) {
      k = lt(*lo, *(lo - 1));
      if (k < 0) return -1;
      if (!k) break;
    }
  } else {
    for (lo = lo + 1; lo < hi; ++lo, ++n) {
      k = lt(*lo, *(lo - 1));
      if (k < 0) return -1;
      if (k) break;
    }
  }
  return n;
}

// Sorts [lo, hi) given that [lo, start) is sorted: binary search for each pivot, pivot < element.
template <class Less>
bool TimSort<Less>::binary_insertion(SortSlice lo, Value* hi, Value* start) {
  if (lo.keys == start) ++start;
  for (; start < hi; ++start) {
    Value* l = lo.keys;
    Value* r = start;
    Value pivot = *r;
    do {
      Value* p = l + ((r - l) >> 1);
      int k = lt(pivot, *p);
      if (k < 0) return false;
      if (k) r = p;
      else l = p + 1;
    } while (l < r);
    for (Value* p = start; p > l; --p) *p = *(p - 1);
    *l = pivot;
    if (lo.values) {
      std::ptrdiff_t off = lo.values - lo.keys;
      Value* vs = start + off;
      Value* vl = l + off;
      Value vp = *vs;
      for (Value* p = vs; p > vl; --p) *p = *(p - 1);
      *vl = vp;
    }
  }
  return true;
}

// Leftmost position in sorted a[0:n] where key belongs (a[k-1] < key <= a[k]); -1 on error.
template <class Less>
int64_t TimSort<Less>::gallop_left(Value key, Value* a, int64_t n, int64_t hint) {
  a += hint;
  int64_t lastofs = 0, ofs = 1;
  int k = lt(*a, key);
  if (k < 0) return -1;
  if (k) {
    int64_t maxofs = n - hint;
    while (ofs < maxofs) {
      k = lt(a[ofs], key);
      if (k < 0) return -1;
      if (!k) break;
      lastofs = ofs;
      ofs = (ofs << 1) + 1;
    }
    if (ofs > maxofs) ofs = maxofs;
    lastofs += hint;
    ofs += hint;
  } else {
    int64_t maxofs = hint + 1;
    while (ofs < maxofs) {
      k = lt(*(a - ofs), key);
      if (k < 0) return -1;
      if (k) break;
      lastofs = ofs;
      ofs = (ofs << 1) + 1;
    }
    if (ofs > maxofs) ofs = maxofs;
    int64_t t = lastofs;
    lastofs = hint - ofs;
    ofs = hint - t;
  }
  a -= hint;
  ++lastofs;
  while (lastofs < ofs) {
    int64_t m = lastofs + ((ofs - lastofs) >> 1);
    k = lt(a[m], key);
    if (k < 0) return -1;
    if (k) lastofs = m + 1;
    else ofs = m;
  }
  return ofs;
}

// Rightmost position in sorted a[0:n] where key belongs (a[k-1] <= key < a[k]); -1 on error.
template <class Less>
int64_t TimSort<Less>::gallop_right(Value key, Value* a, int64_t n, int64_t hint) {
  a += hint;
  int64_t lastofs = 0, ofs = 1;
  int k = lt(key, *a);
  if (k < 0) return -1;
  if (k) {
    int64_t maxofs = hint + 1;
    while (ofs < maxofs) {
      k = lt(key, *(a - ofs));
      if (k < 0) return -1;
      if (!k) break;
      lastofs = ofs;
      ofs = (ofs << 1) + 1;
    }
    if (ofs > maxofs) ofs = maxofs;
    int64_t t = lastofs;
    lastofs = hint - ofs;
    ofs = hint - t;
  } else {
    int64_t maxofs = n - hint;
    while (ofs < maxofs) {
      k = lt(key, a[ofs]);
      if (k < 0) return -1;
      if (k) break;
      lastofs = ofs;
      ofs = (ofs << 1) + 1;
    }
    if (ofs > maxofs) ofs = maxofs;
    lastofs += hint;
    ofs += hint;
  }
  a -= hint;
  ++lastofs;
  while (lastofs < ofs) {
    int64_t m = lastofs + ((ofs - lastofs) >> 1);
    k = lt(key, a[m]);
    if (k < 0) return -1;
    if (k) ofs = m;
    else lastofs = m + 1;
  }
  return ofs;
}

// Merges the adjacent runs a (na items, the shorter) and b in place, a copied to temp.
template <class Less>
bool TimSort<Less>::merge_lo(SortSlice ssa, int64_t na, SortSlice ssb, int64_t nb) {
  SortSlice tmp = temp(na);
  copy(tmp, 0, ssa, 0, na);
  SortSlice dest = ssa;
  ssa = tmp;
  bool ok = false;
  int64_t min_gallop;

  copy_incr(&dest, &ssb);
  --nb;
  if (nb == 0) goto succeed;
  if (na == 1) goto copy_b;

  min_gallop = min_gallop_;
  for (;;) {
    int64_t acount = 0, bcount = 0;
    for (;;) {
      int k = lt(ssb.keys[0], ssa.keys[0]);
      if (k < 0) goto fail;
      if (k) {
        copy_incr(&dest, &ssb);
        ++bcount;
        acount = 0;
        --nb;
        if (nb == 0) goto succeed;
        if (bcount >= min_gallop) break;
      } else {
        copy_incr(&dest, &ssa);
        ++acount;
        bcount = 0;
        --na;
        if (na == 1) goto copy_b;
        if (acount >= min_gallop) break;
      }
    }
    ++min_gallop;
    do {
      min_gallop -= min_gallop > 1;
      min_gallop_ = min_gallop;
      int64_t k = gallop_right(ssb.keys[0], ssa.keys, na, 0);
      acount = k;
      if (k) {
        if (k < 0) goto fail;
        copy(dest, 0, ssa, 0, k);
        dest.advance(k);
        ssa.advance(k);
        na -= k;
        if (na == 1) goto copy_b;
        if (na == 0) goto succeed;
      }
      copy_incr(&dest, &ssb);
      --nb;
      if (nb == 0) goto succeed;

      k = gallop_left(ssa.keys[0], ssb.keys, nb, 0);
      bcount = k;
      if (k) {
        if (k < 0) goto fail;
        copy(dest, 0, ssb, 0, k);
        dest.advance(k);
        ssb.advance(k);
        nb -= k;
        if (nb == 0) goto succeed;
      }
      copy_incr(&dest, &ssa);
      --na;
      if (na == 1) goto copy_b;
    } while (acount >= kMinGallop || bcount >= kMinGallop);
    ++min_gallop;
    min_gallop_ = min_gallop;
  }
succeed:
  ok = true;
fail:
  if (na) copy(dest, 0, ssa, 0, na);
  return ok;
copy_b:
  copy(dest, 0, ssb, 0, nb);
  copy(dest, nb, ssa, 0, 1);
  return true;
}

// Merges the adjacent runs a and b (nb items, the shorter) in place from the right, b copied to temp.
template <class Less>
bool TimSort<Less>::merge_hi(SortSlice ssa, int64_t na, SortSlice ssb, int64_t nb) {
  SortSlice tmp = temp(nb);
  SortSlice dest = ssb;
  dest.advance(nb - 1);
  copy(tmp, 0, ssb, 0, nb);
  SortSlice basea = ssa;
  SortSlice baseb = tmp;
  ssb.keys = tmp.keys + nb - 1;
  ssb.values = tmp.values ? tmp.values + nb - 1 : nullptr;
  ssa.advance(na - 1);
  bool ok = false;
  int64_t min_gallop;

  copy_decr(&dest, &ssa);
  --na;
  if (na == 0) goto succeed;
  if (nb == 1) goto copy_a;

  min_gallop = min_gallop_;
  for (;;) {
    int64_t acount = 0, bcount = 0;
    for (;;) {
      int k = lt(ssb.keys[0], ssa.keys[0]);
      if (k < 0) goto fail;
      if (k) {
        copy_decr(&dest, &ssa);
        ++acount;
        bcount = 0;
        --na;
        if (na == 0) goto succeed;
        if (acount >= min_gallop) break;
      } else {
        copy_decr(&dest, &ssb);
        ++bcount;
        acount = 0;
        --nb;
        if (nb == 1) goto copy_a;
        if (bcount >= min_gallop) break;
      }
    }
    ++min_gallop;
    do {
      min_gallop -= min_gallop > 1;
      min_gallop_ = min_gallop;
      int64_t k = gallop_right(ssb.keys[0], basea.keys, na, na - 1);
      if (k < 0) goto fail;
      k = na - k;
      acount = k;
      if (k) {
        dest.advance(-k);
        ssa.advance(-k);
        copy(dest, 1, ssa, 1, k);
        na -= k;
        if (na == 0) goto succeed;
      }
      copy_decr(&dest, &ssb);
      --nb;
      if (nb == 1) goto copy_a;

      k = gallop_left(ssa.keys[0], baseb.keys, nb, nb - 1);
      if (k < 0) goto fail;
      k = nb - k;
      bcount = k;
      if (k) {
        dest.advance(-k);
        ssb.advance(-k);
        copy(dest, 1, ssb, 1, k);
        nb -= k;
        if (nb == 1) goto copy_a;
        if (nb == 0) goto succeed;
      }
      copy_decr(&dest, &ssa);
      --na;
      if (na == 0) goto succeed;
    } while (acount >= kMinGallop || bcount >= kMinGallop);
    ++min_gallop;
    min_gallop_ = min_gallop;
  }
succeed:
  ok = true;
fail:
  if (nb) copy(dest, -(nb - 1), baseb, 0, nb);
  return ok;
copy_a:
  copy(dest, 1 - na, ssa, 1 - na, na);
  dest.advance(-na);
  ssa.advance(-na);
  copy(dest, 0, ssb, 0, 1);
  return true;
}

template <class Less>
bool TimSort<Less>::merge_at(int i) {
  SortSlice ssa = pending_[i].base;
  int64_t na = pending_[i].len;
  SortSlice ssb = pending_[i + 1].base;
  int64_t nb = pending_[i + 1].len;
  pending_[i].len = na + nb;
  if (i == n_ - 3) pending_[i + 1] = pending_[i + 2];
  --n_;
  int64_t k = gallop_right(*ssb.keys, ssa.keys, na, 0);
  if (k < 0) return false;
  ssa.advance(k);
  na -= k;
  if (na == 0) return true;
  nb = gallop_left(ssa.keys[na - 1], ssb.keys, nb, nb - 1);
  if (nb <= 0) return nb == 0;
  if (na <= nb) return merge_lo(ssa, na, ssb, nb);
  return merge_hi(ssa, na, ssb, nb);
}

// Powersort: the depth of the boundary between runs [s1, s1+n1) and [s1+n1, s1+n1+n2).
template <class Less>
int TimSort<Less>::power_of(int64_t s1, int64_t n1, int64_t n2, int64_t n) {
  int result = 0;
  int64_t a = 2 * s1 + n1;
  int64_t b = a + n1 + n2;
  for (;;) {
    ++result;
    if (a >= n) {
      a -= n;
      b -= n;
    } else if (b >= n) {
      break;
    }
    a <<= 1;
    b <<= 1;
  }
  return result;
}

template <class Less>
bool TimSort<Less>::found_new_run(int64_t n2) {
  if (n_) {
    int64_t s1 = pending_[n_ - 1].base.keys - basekeys_;
    int64_t n1 = pending_[n_ - 1].len;
    int power = power_of(s1, n1, n2, listlen_);
    while (n_ > 1 && pending_[n_ - 2].power > power) {
      if (!merge_at(n_ - 2)) return false;
    }
    pending_[n_ - 1].power = power;
  }
  return true;
}

template <class Less>
bool TimSort<Less>::force_collapse() {
  while (n_ > 1) {
    int n = n_ - 2;
    if (n > 0 && pending_[n - 1].len < pending_[n + 1].len) --n;
    if (!merge_at(n)) return false;
  }
  return true;
}

template <class Less>
bool TimSort<Less>::run() {
  int64_t remaining = listlen_;
  if (remaining < 2) return true;
  int64_t minrun = compute_minrun(remaining);
  SortSlice lo = lo_;
  do {
    bool descending;
    int64_t n = count_run(lo.keys, lo.keys + remaining, &descending);
    if (n < 0) return false;
    if (descending) {
      reverse_range(lo.keys, lo.keys + n);
      if (lo.values) reverse_range(lo.values, lo.values + n);
    }
    if (n < minrun) {
      int64_t force = remaining <= minrun ? remaining : minrun;
      if (!binary_insertion(lo, lo.keys + force, lo.keys + n)) return false;
      n = force;
    }
    if (!found_new_run(n)) return false;
    pending_[n_].base = lo;
    pending_[n_].len = n;
    ++n_;
    lo.advance(n);
    remaining -= n;
  } while (remaining);
  return force_collapse();
}

}  // namespace coil
