<?xml version="1.0" encoding="UTF-8"?>
<!--
  directory_import.xsl: bulk creation from a pivot file.
  <content>
    <dirmenu …/>
    <imports><import><id/><filename/><state/><line_count/><created_count/>
      <invited_count/><created_at/><imported_at/><user/></import>…</imports>
    <import><id/><filename/><state>preview|imported|discarded</state>…</import>
    <check filename="" encoding="UTF-8|Windows-1252" separator="comma|semicolon"
      lines="N" errors="N">
      <errors><error line="" column="" key=""/>…</errors>
      <lines><line n=""><family_name/><given_name/><profession/><rpps/>
        <email/><postal_code/><city/><structure/><services/></line>…</lines></check>
    <created><person><id/><family_name/><given_name/><login/><matricule/>
      <email/><invited/></person>…</created>
  </content>
  Forms POST to /directory/import: action=upload (multipart, file),
  confirm or discard (id).
-->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">

  <xsl:import href="layout.xsl"/>
  <xsl:include href="directory-nav.xsl"/>

  <xsl:template name="title">
    <xsl:choose>
      <xsl:when test="/page/content/import/state = 'imported'">directory_import.report</xsl:when>
      <xsl:when test="/page/content/check">directory_import.preview</xsl:when>
      <xsl:otherwise>directory_import.title</xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <xsl:template match="content">
    <xsl:call-template name="dirmenu"><xsl:with-param name="current" select="'/directory/import'"/></xsl:call-template>
    <xsl:choose>
      <xsl:when test="import/state = 'imported'"><xsl:call-template name="report"/></xsl:when>
      <xsl:when test="import/state = 'discarded'">
        <p><xsl:value-of select="$t[@k='directory_import.discarded']"/></p>
        <p><a href="/directory/import"><xsl:value-of select="$t[@k='directory_import.again']"/></a></p>
      </xsl:when>
      <xsl:when test="check"><xsl:apply-templates select="check"/></xsl:when>
      <xsl:otherwise><xsl:call-template name="upload"/></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <xsl:template name="upload">
    <p class="lead"><xsl:value-of select="$t[@k='directory_import.intro']"/></p>
    <h2><xsl:value-of select="$t[@k='directory_import.columns']"/></h2>
    <p><xsl:value-of select="$t[@k='directory_import.columns.help']"/></p>
    <ul class="list-bullet">
      <li><xsl:value-of select="$t[@k='directory_import.col.required']"/></li>
      <li><xsl:value-of select="$t[@k='directory_import.col.optional']"/></li>
      <li><xsl:value-of select="$t[@k='directory_import.col.services']"/></li>
    </ul>
    <form method="post" action="/directory/import" enctype="multipart/form-data" class="form">
      <xsl:call-template name="hidden-csrf"/>
      <input type="hidden" name="action" value="upload"/>
      <xsl:call-template name="field">
        <xsl:with-param name="name" select="'file'"/>
        <xsl:with-param name="type" select="'file'"/>
        <xsl:with-param name="label" select="'directory_import.file'"/>
        <xsl:with-param name="help" select="'directory_import.file.help'"/>
        <xsl:with-param name="required" select="'yes'"/>
      </xsl:call-template>
      <div class="form-actions">
        <button type="submit" class="button"><xsl:value-of select="$t[@k='directory_import.check']"/></button>
      </div>
    </form>
    <xsl:if test="imports/import">
      <h2 id="recent-title"><xsl:value-of select="$t[@k='directory_import.recent']"/></h2>
      <section class="table-wrap" aria-labelledby="recent-title" tabindex="0">
        <table class="table">
          <thead>
            <tr>
              <th scope="col"><xsl:value-of select="$t[@k='directory_import.col.file']"/></th>
              <th scope="col"><xsl:value-of select="$t[@k='directory_import.col.state']"/></th>
              <th scope="col"><xsl:value-of select="$t[@k='directory_import.col.lines']"/></th>
              <th scope="col"><xsl:value-of select="$t[@k='directory_import.col.created']"/></th>
              <th scope="col"><xsl:value-of select="$t[@k='directory_import.col.by']"/></th>
              <th scope="col"><xsl:value-of select="$t[@k='directory_import.col.when']"/></th>
            </tr>
          </thead>
          <tbody>
            <xsl:for-each select="imports/import">
              <tr>
                <th scope="row"><a href="/directory/import?id={id}"><xsl:value-of select="filename"/><xsl:if test="not(string(filename))"><xsl:value-of select="id"/></xsl:if></a></th>
                <xsl:variable name="state-key" select="concat('directory_import.state.', state)"/>
                <td><xsl:value-of select="$t[@k = $state-key]"/></td>
                <td class="num"><xsl:value-of select="line_count"/></td>
                <td class="num"><xsl:value-of select="created_count"/></td>
                <td><xsl:value-of select="user"/></td>
                <td><xsl:call-template name="datetime"><xsl:with-param name="value" select="created_at"/></xsl:call-template></td>
              </tr>
            </xsl:for-each>
          </tbody>
        </table>
      </section>
    </xsl:if>
  </xsl:template>

  <xsl:template match="check">
    <xsl:variable name="sep-key" select="concat('directory_import.sep.', @separator)"/>
    <dl class="summary-list">
      <xsl:if test="string(@filename) or ../import/filename">
        <div class="summary-row"><dt><xsl:value-of select="$t[@k='directory_import.col.file']"/></dt><dd><xsl:value-of select="@filename"/><xsl:value-of select="../import/filename"/></dd></div>
      </xsl:if>
      <div class="summary-row"><dt><xsl:value-of select="$t[@k='directory_import.encoding']"/></dt><dd><xsl:value-of select="@encoding"/></dd></div>
      <div class="summary-row"><dt><xsl:value-of select="$t[@k='directory_import.separator']"/></dt><dd><xsl:value-of select="$t[@k = $sep-key]"/></dd></div>
      <div class="summary-row"><dt><xsl:value-of select="$t[@k='directory_import.col.lines']"/></dt><dd><xsl:value-of select="@lines"/></dd></div>
      <div class="summary-row"><dt><xsl:value-of select="$t[@k='directory_import.errors']"/></dt><dd><xsl:value-of select="@errors"/></dd></div>
    </dl>
    <xsl:choose>
      <xsl:when test="errors/error">
        <h2 id="errors-title"><xsl:value-of select="$t[@k='directory_import.errors.title']"/></h2>
        <p><xsl:value-of select="$t[@k='directory_import.errors.help']"/></p>
        <section class="table-wrap" aria-labelledby="errors-title" tabindex="0">
          <table class="table">
            <thead>
              <tr>
                <th scope="col"><xsl:value-of select="$t[@k='directory_import.col.line']"/></th>
                <th scope="col"><xsl:value-of select="$t[@k='directory_import.col.column']"/></th>
                <th scope="col"><xsl:value-of select="$t[@k='directory_import.col.problem']"/></th>
              </tr>
            </thead>
            <tbody>
              <xsl:for-each select="errors/error">
                <tr>
                  <td class="num"><xsl:value-of select="@line"/></td>
                  <td><xsl:value-of select="@column"/></td>
                  <td><xsl:value-of select="$t[@k = current()/@key]"/></td>
                </tr>
              </xsl:for-each>
            </tbody>
          </table>
        </section>
        <p><a href="/directory/import"><xsl:value-of select="$t[@k='directory_import.again']"/></a></p>
      </xsl:when>
      <xsl:when test="../import/state = 'preview'">
        <p class="lead"><xsl:value-of select="$t[@k='directory_import.ready']"/></p>
        <form method="post" action="/directory/import" class="form">
          <xsl:call-template name="hidden-csrf"/>
          <input type="hidden" name="action" value="confirm"/>
          <input type="hidden" name="id" value="{../import/id}"/>
          <div class="form-actions">
            <button type="submit" class="button">
              <xsl:call-template name="msg">
                <xsl:with-param name="key" select="'directory_import.confirm'"/>
                <xsl:with-param name="name" select="'n'"/>
                <xsl:with-param name="with" select="string(@lines)"/>
              </xsl:call-template>
            </button>
          </div>
        </form>
        <form method="post" action="/directory/import" class="form">
          <xsl:call-template name="hidden-csrf"/>
          <input type="hidden" name="action" value="discard"/>
          <input type="hidden" name="id" value="{../import/id}"/>
          <button type="submit" class="button button-secondary"><xsl:value-of select="$t[@k='directory_import.discard']"/></button>
        </form>
      </xsl:when>
    </xsl:choose>
    <xsl:if test="lines/line">
      <h2 id="lines-title"><xsl:value-of select="$t[@k='directory_import.lines']"/></h2>
      <section class="table-wrap" aria-labelledby="lines-title" tabindex="0">
        <table class="table">
          <thead>
            <tr>
              <th scope="col"><xsl:value-of select="$t[@k='directory_import.col.line']"/></th>
              <th scope="col"><xsl:value-of select="$t[@k='directory.col.name']"/></th>
              <th scope="col"><xsl:value-of select="$t[@k='directory.col.given']"/></th>
              <th scope="col"><xsl:value-of select="$t[@k='directory.col.profession']"/></th>
              <th scope="col"><xsl:value-of select="$t[@k='directory_person.rpps']"/></th>
              <th scope="col"><xsl:value-of select="$t[@k='directory_person.email']"/></th>
              <th scope="col"><xsl:value-of select="$t[@k='directory_person.ovr_postal_code']"/></th>
              <th scope="col"><xsl:value-of select="$t[@k='directory_person.ovr_city']"/></th>
              <th scope="col"><xsl:value-of select="$t[@k='directory_apply.structure']"/></th>
              <th scope="col"><xsl:value-of select="$t[@k='directory_import.col.services']"/></th>
            </tr>
          </thead>
          <tbody>
            <xsl:for-each select="lines/line">
              <tr>
                <td class="num"><xsl:value-of select="@n"/></td>
                <td><xsl:value-of select="family_name"/></td>
                <td><xsl:value-of select="given_name"/></td>
                <td><xsl:value-of select="profession"/></td>
                <td><xsl:value-of select="rpps"/></td>
                <td class="cell-wrap"><xsl:value-of select="email"/></td>
                <td><xsl:value-of select="postal_code"/></td>
                <td><xsl:value-of select="city"/></td>
                <td><xsl:value-of select="structure"/></td>
                <td class="num"><xsl:value-of select="services"/></td>
              </tr>
            </xsl:for-each>
          </tbody>
        </table>
      </section>
    </xsl:if>
  </xsl:template>

  <xsl:template name="report">
    <xsl:variable name="i" select="import"/>
    <div class="flash" role="status">
      <p>
        <xsl:call-template name="msg">
          <xsl:with-param name="key" select="'directory_import.created'"/>
          <xsl:with-param name="name" select="'n'"/>
          <xsl:with-param name="with" select="string($i/created_count)"/>
        </xsl:call-template>
        <xsl:text> </xsl:text>
        <xsl:call-template name="msg">
          <xsl:with-param name="key" select="'directory_import.invited'"/>
          <xsl:with-param name="name" select="'n'"/>
          <xsl:with-param name="with" select="string($i/invited_count)"/>
        </xsl:call-template>
      </p>
    </div>
    <dl class="summary-list">
      <div class="summary-row"><dt><xsl:value-of select="$t[@k='directory_import.col.file']"/></dt><dd><xsl:value-of select="$i/filename"/></dd></div>
      <div class="summary-row"><dt><xsl:value-of select="$t[@k='directory_import.col.when']"/></dt><dd><xsl:call-template name="datetime"><xsl:with-param name="value" select="$i/imported_at"/></xsl:call-template></dd></div>
    </dl>
    <h2 id="created-title"><xsl:value-of select="$t[@k='directory_import.created.title']"/></h2>
    <section class="table-wrap" aria-labelledby="created-title" tabindex="0">
      <table class="table">
        <thead>
          <tr>
            <th scope="col"><xsl:value-of select="$t[@k='directory.col.name']"/></th>
            <th scope="col"><xsl:value-of select="$t[@k='directory.col.given']"/></th>
            <th scope="col"><xsl:value-of select="$t[@k='directory.col.login']"/></th>
            <th scope="col"><xsl:value-of select="$t[@k='directory.col.matricule']"/></th>
            <th scope="col"><xsl:value-of select="$t[@k='directory_person.email']"/></th>
            <th scope="col"><xsl:value-of select="$t[@k='directory_import.col.invited']"/></th>
          </tr>
        </thead>
        <tbody>
          <xsl:for-each select="created/person">
            <tr>
              <th scope="row"><a href="/directory/person?id={id}"><xsl:value-of select="family_name"/></a></th>
              <td><xsl:value-of select="given_name"/></td>
              <td><xsl:value-of select="login"/></td>
              <td><xsl:value-of select="matricule"/></td>
              <td class="cell-wrap"><xsl:value-of select="email"/></td>
              <td>
                <xsl:choose>
                  <xsl:when test="invited = '1'"><xsl:value-of select="$t[@k='directory_import.yes']"/></xsl:when>
                  <xsl:otherwise><xsl:value-of select="$t[@k='directory_import.no']"/></xsl:otherwise>
                </xsl:choose>
              </td>
            </tr>
          </xsl:for-each>
        </tbody>
      </table>
    </section>
    <p><a href="/directory/import"><xsl:value-of select="$t[@k='directory_import.again']"/></a></p>
  </xsl:template>

</xsl:stylesheet>
