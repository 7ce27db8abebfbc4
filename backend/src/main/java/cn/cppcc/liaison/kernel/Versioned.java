package cn.cppcc.liaison.kernel;

/** An output model that carries its record's id and version, so responses can set Location and ETag. */
public interface Versioned {

    long id();

    int version();
}
