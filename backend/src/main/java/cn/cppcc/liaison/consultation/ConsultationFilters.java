package cn.cppcc.liaison.consultation;

import cn.cppcc.liaison.kernel.ParticipantFilters;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.QueryParam;
import java.time.LocalDate;

/** The filters the 协商列表 and its export share, so a file holds what the list holds. */
public class ConsultationFilters extends ParticipantFilters {

    @QueryParam("committeeId")
    @Min(value = 1, message = "编号从 1 开始")
    public Long committeeId;

    @QueryParam("kind")
    public ConsultationKind kind;

    @QueryParam("townshipId")
    @Min(value = 1, message = "编号从 1 开始")
    public Long townshipId;

    @QueryParam("platformId")
    @Min(value = 1, message = "编号从 1 开始")
    public Long platformId;

    @QueryParam("studioId")
    @Min(value = 1, message = "编号从 1 开始")
    public Long studioId;

    @QueryParam("attendance")
    public Attendance attendance;

    @QueryParam("from")
    public LocalDate from;

    @QueryParam("to")
    public LocalDate to;
}
